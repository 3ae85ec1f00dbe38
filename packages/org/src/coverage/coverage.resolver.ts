import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { chinaToday } from '@civic/subgraph-kit';
import type { OrgContext } from '../loaders';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity';
import { OrgUnit } from '../org-unit/org-unit.type';
import { CoverageReport } from './coverage-report.type';

@Resolver(() => OrgUnit)
export class OrgUnitCoverageResolver {
  @FieldResolver(() => CoverageReport, {
    nullable: true,
    description:
      'For a center (or institute): which townships of its region lack an institute and which villages lack a station, with totals and percentages, on one day (覆盖情况). A unit counts on that day when it was unveiled on or before it (or has no unveiling day) and was not closed on or before it. Null for a unit without a region or serving a single village.',
  })
  coverage(
    @Root() unit: OrgUnitEntity,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day described, YYYY-MM-DD, China time; omit for today. E.g. 2021-12-31 for coverage at the end of 2021 (截至日期).',
    })
    asOf: string | null,
    @Ctx() ctx: OrgContext,
  ) {
    return ctx.loaders.coverage.load({ unitId: unit.id, asOf: asOf ?? chinaToday() });
  }
}
