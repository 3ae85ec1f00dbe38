import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badUserInput } from '@civic/runtime';
import { StatsScope, tryParseId } from '@civic/subgraph-kit';
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
    description: 'Programs organised by this unit or its subtree and their trainees, e.g. the volunteer trainings of one year (培训统计).',
  })
  trainingStats(
    @Root() unit: OrgUnitStub,
    @Arg('scope', () => StatsScope, { nullable: true, description: 'SELF or SUBTREE (default SUBTREE) (统计范围).' })
    scope: StatsScope | null,
    @Arg('year', () => Int, { nullable: true, description: 'Only programs starting in this year, 2000–2100; omit for all years (年度).' })
    year: number | null,
    @Arg('audience', () => TrainingAudience, { nullable: true, description: 'Only programs for this audience; omit for all (培训对象).' })
    audience: TrainingAudience | null,
    @Ctx() ctx: TrainingContext,
  ) {
    if (year !== null && year !== undefined && (year < 2000 || year > 2100))
      throw badUserInput(`year must be between 2000 and 2100, got ${year}`, { argument: 'year' });
    return ctx.loaders.trainingStats.load({
      unitId: unit.id,
      scope: scope ?? StatsScope.SUBTREE,
      year: year ?? null,
      audience: audience ?? null,
    });
  }
}
