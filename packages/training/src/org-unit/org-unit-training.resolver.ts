import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badUserInput } from '@civic/runtime';
import { checkPeriod, PeriodArgs, StatsScope, tryParseId } from '@civic/subgraph-kit';
import { TrainingCell } from '../breakdown/training-cell.type';
import { trainingBreakdown } from '../breakdown/training-breakdown';
import { TrainingDimension } from '../breakdown/training-dimension.enum';
import { OrgUnitStub } from './org-unit.stub';
import type { TrainingContext } from '../loaders';
import { TrainingAudience } from '../training-program/training-audience';
import { TrainingProgram } from '../training-program/training-program.type';
import type { TrainingProgramEntity } from '../training-program/training-program.entity';
import { TrainingSession } from '../training-session/training-session.type';
import type { TrainingSessionEntity } from '../training-session/training-session.entity';
import { TrainingStats } from './training-stats.type';

/** The training fields this subgraph adds to OrgUnit. */
@Resolver(() => OrgUnitStub)
export class OrgUnitTrainingResolver {
  @FieldResolver(() => [TrainingProgram], {
    description: 'Training programs this unit organised, earliest first (主办的培训项目).',
  })
  async trainingPrograms(@Root() unit: OrgUnitStub, @Ctx() ctx: TrainingContext): Promise<TrainingProgramEntity[]> {
    const unitId = tryParseId(unit.id);
    return unitId === null ? [] : ctx.loaders.trainingProgramsByOrganizer.load(unitId);
  }

  @FieldResolver(() => [TrainingSession], {
    description: 'Site visits of training programs this unit hosted, from any organiser and county, earliest first (接待的培训观摩).',
  })
  async hostedSiteVisits(@Root() unit: OrgUnitStub, @Ctx() ctx: TrainingContext): Promise<TrainingSessionEntity[]> {
    const unitId = tryParseId(unit.id);
    return unitId === null ? [] : ctx.loaders.siteVisitsByUnit.load(unitId);
  }

  @FieldResolver(() => TrainingStats, {
    description:
      'Programs organised by this unit or its subtree and their trainees, e.g. the volunteer trainings of one year; a program counts in the period it starts in; cancelled programs count only when asked for (培训统计).',
  })
  trainingStats(
    @Root() unit: OrgUnitStub,
    @Arg('scope', () => StatsScope, { nullable: true, description: 'SELF or SUBTREE (default SUBTREE) (统计范围).' })
    scope: StatsScope | null,
    @Arg('year', () => Int, { nullable: true, description: 'Only programs starting in this year, 2000–2100; omit for all years (年度).' })
    year: number | null,
    @Arg('audience', () => TrainingAudience, { nullable: true, description: 'Only programs for this audience; omit for all (培训对象).' })
    audience: TrainingAudience | null,
    @Args() period: PeriodArgs,
    @Arg('includeCancelled', { defaultValue: false, description: 'Count cancelled programs too (含已取消).' }) includeCancelled: boolean,
    @Ctx() ctx: TrainingContext,
  ) {
    if (year !== null && year !== undefined && (year < 2000 || year > 2100))
      throw badUserInput(`year must be between 2000 and 2100, got ${year}`, { argument: 'year' });
    checkPeriod(period);
    return ctx.loaders.trainingStats.load({
      unitId: unit.id,
      scope: scope ?? StatsScope.SUBTREE,
      year: year ?? null,
      audience: audience ?? null,
      from: period.from ?? null,
      to: period.to ?? null,
      includeCancelled,
    });
  }

  @FieldResolver(() => [TrainingCell], {
    description:
      'Training figures of the programs organised in this unit and below, by several dimensions at once, e.g. TOWNSHIP × MONTH for 2021 (培训统计明细). Cells without programs come back with zeros: every month of the period when from and to are both given (else the months with programs), every group of units unless skipEmptyUnits. A program counts where its organiser lies and in the month it starts.',
  })
  trainingBreakdown(
    @Root() unit: OrgUnitStub,
    @Arg('dimensions', () => [TrainingDimension], { description: 'What to break down by, each at most once, in order (统计维度).' })
    dimensions: TrainingDimension[],
    @Args() period: PeriodArgs,
    @Arg('audience', () => TrainingAudience, { nullable: true, description: 'Only programs for this audience; omit for all (培训对象).' })
    audience: TrainingAudience | null,
    @Arg('skipEmptyUnits', { defaultValue: false, description: 'Leave out groups of units without any program (跳过无数据单位).' })
    skipEmptyUnits: boolean,
    @Arg('includeCancelled', { defaultValue: false, description: 'Count cancelled programs too (含已取消).' }) includeCancelled: boolean,
    @Ctx() ctx: TrainingContext,
  ): Promise<TrainingCell[]> {
    const rootUnitId = tryParseId(unit.id);
    if (rootUnitId === null) return Promise.resolve([]);
    return trainingBreakdown(ctx.db, { rootUnitId, dimensions, period, audience, skipEmptyUnits, includeCancelled });
  }
}
