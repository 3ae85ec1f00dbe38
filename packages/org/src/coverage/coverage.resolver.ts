import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OrgContext } from '../loaders';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity';
import { OrgUnit } from '../org-unit/org-unit.type';
import { CoverageReport } from './coverage-report.type';

@Resolver(() => OrgUnit)
export class OrgUnitCoverageResolver {
  @FieldResolver(() => CoverageReport, {
    nullable: true,
    description:
      'For a center (or institute): which townships of its region lack an institute and which villages lack a station, with totals and percentages (覆盖情况). Null for a unit without a region or serving a single village.',
  })
  coverage(@Root() unit: OrgUnitEntity, @Ctx() ctx: OrgContext) {
    return ctx.loaders.coverage.load(unit.id);
  }
}
