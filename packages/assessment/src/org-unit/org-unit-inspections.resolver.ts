import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { PageArgsType, StatsScope, tryParseId, type Connection } from '@civic/subgraph-kit';
import { InspectionFilter } from '../inspection/inspection-filter.input';
import { InspectionConnection } from '../inspection/inspection.connection';
import type { InspectionEntity } from '../inspection/inspection.entity';
import { InspectionOrder, inspectionOrdering } from '../inspection/inspection-order.input';
import type { AssessmentContext } from '../loaders';
import { OrgUnitStub } from '../references/org-unit.stub';
import { assertMayReadAssessments } from '../shared/read-access';

/** The inspection fields this subgraph adds to OrgUnit. */
@Resolver(() => OrgUnitStub)
export class OrgUnitInspectionsResolver {
  @FieldResolver(() => InspectionConnection, {
    description:
      'Inspections of this unit and, by default, of every unit below it; latest visit first unless sorted otherwise (督查记录). Staff roles and ANALYST.',
  })
  inspections(
    @Root() unit: OrgUnitStub,
    @Arg('filter', () => InspectionFilter, { nullable: true, description: 'Conditions; omit for all (筛选条件).' })
    filter: InspectionFilter | null,
    @Arg('orderBy', () => InspectionOrder, { nullable: true, description: 'How to sort; omit for latest visit first (排序).' })
    orderBy: InspectionOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: AssessmentContext,
  ): Promise<Connection<InspectionEntity>> {
    assertMayReadAssessments(ctx.access);
    const unitId = tryParseId(unit.id);
    if (unitId === null) return Promise.resolve({ edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } });
    return ctx.loaders.inspectionsOfUnit.load({
      parentId: unitId,
      page,
      filter: {
        scope: filter?.scope ?? StatsScope.SUBTREE,
        findingState: filter?.findingState ?? null,
        from: filter?.from ?? null,
        to: filter?.to ?? null,
      },
      ordering: inspectionOrdering(orderBy),
    });
  }

  @FieldResolver(() => Int, {
    description: 'Required fixes still open after their due day, today in China (逾期未整改数). Staff roles and ANALYST.',
  })
  overdueFindingCount(
    @Root() unit: OrgUnitStub,
    @Arg('scope', () => StatsScope, { nullable: true, description: 'SELF or SUBTREE (default SUBTREE) (统计范围).' })
    scope: StatsScope | null,
    @Ctx() ctx: AssessmentContext,
  ): Promise<number> {
    assertMayReadAssessments(ctx.access);
    return ctx.loaders.overdueFindings.load({ unitId: unit.id, scope: scope ?? StatsScope.SUBTREE });
  }
}
