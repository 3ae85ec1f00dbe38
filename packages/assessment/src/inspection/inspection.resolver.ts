import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { chinaToday, parseId } from '@civic/subgraph-kit';
import type { AssessmentContext } from '../loaders';
import { OrgUnitStub } from '../references/org-unit.stub';
import { AssessmentScheme } from '../scheme/scheme.type';
import { assertMayReadAssessments } from '../shared/read-access';
import type { FindingEntity } from './finding.entity';
import { FindingState } from './finding-state.enum';
import { InspectionFinding } from './finding.type';
import type { InspectionEntity } from './inspection.entity';
import { Inspection } from './inspection.type';

/** A fix still open after its due day, today in China. */
export const isOverdue = (finding: FindingEntity, today = chinaToday()) => finding.state === FindingState.OPEN && finding.dueOn < today;

@Resolver(() => Inspection)
export class InspectionResolver {
  @Query(() => Inspection, { nullable: true, description: 'One inspection by id (按编号查询督查). Staff roles and ANALYST.' })
  inspection(@Arg('id', () => ID, { description: 'The inspection (督查).' }) id: string, @Ctx() ctx: AssessmentContext) {
    assertMayReadAssessments(ctx.access);
    return ctx.loaders.inspectionById.load(String(parseId(id, 'inspection')));
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The unit inspected (被督查单位).' })
  orgUnit(@Root() inspection: InspectionEntity): OrgUnitStub {
    return { id: String(inspection.orgUnitId) };
  }

  @FieldResolver(() => AssessmentScheme, { nullable: true, description: 'The scheme it was made under, if any (所属考核方案).' })
  scheme(@Root() inspection: InspectionEntity, @Ctx() ctx: AssessmentContext) {
    return inspection.schemeId === null ? null : ctx.loaders.schemeById.load(String(inspection.schemeId));
  }

  @FieldResolver(() => [InspectionFinding], { description: 'The fixes it requires, in the order recorded (整改要求).' })
  findings(@Root() inspection: InspectionEntity, @Ctx() ctx: AssessmentContext): Promise<FindingEntity[]> {
    return ctx.loaders.findingsOfInspection.load(inspection.id);
  }

  @FieldResolver(() => Int, { description: 'Fixes not yet reported done (待整改数).' })
  async openFindingCount(@Root() inspection: InspectionEntity, @Ctx() ctx: AssessmentContext): Promise<number> {
    return (await ctx.loaders.findingsOfInspection.load(inspection.id)).filter((f) => f.state === FindingState.OPEN).length;
  }

  @FieldResolver(() => Int, { description: 'Fixes still open after their due day (逾期未整改数).' })
  async overdueFindingCount(@Root() inspection: InspectionEntity, @Ctx() ctx: AssessmentContext): Promise<number> {
    const today = chinaToday();
    return (await ctx.loaders.findingsOfInspection.load(inspection.id)).filter((f) => isOverdue(f, today)).length;
  }
}

@Resolver(() => InspectionFinding)
export class InspectionFindingResolver {
  @FieldResolver(() => Boolean, { description: 'Still open after its due day, today in China (是否逾期).' })
  overdue(@Root() finding: FindingEntity): boolean {
    return isOverdue(finding);
  }

  @FieldResolver(() => Inspection, { description: 'The inspection that required it (所属督查).' })
  async inspection(@Root() finding: FindingEntity, @Ctx() ctx: AssessmentContext) {
    return ctx.loaders.inspectionById.load(String(finding.inspectionId));
  }
}
