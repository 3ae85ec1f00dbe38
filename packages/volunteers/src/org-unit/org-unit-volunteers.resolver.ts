import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { StatsScope } from '@civic/kernel';
import { OrgUnitRef } from './org-unit.ref';
import type { VolunteersContext } from '../loaders';
import { VolunteerStats } from './volunteer-stats.type';

/** The volunteer fields this subgraph adds to OrgUnit. */
@Resolver(() => OrgUnitRef)
export class OrgUnitVolunteersResolver {
  @FieldResolver(() => VolunteerStats, { description: 'Volunteers, teams and hours of this unit or its subtree (志愿服务统计).' })
  volunteerStats(
    @Root() unit: OrgUnitRef,
    @Arg('scope', () => StatsScope, { nullable: true, description: 'SELF or SUBTREE (default SUBTREE).' }) scope: StatsScope | null,
    @Ctx() ctx: VolunteersContext,
  ) {
    return ctx.loaders.volunteerStats.load({ unitId: unit.id, scope: scope ?? StatsScope.SUBTREE });
  }
}
