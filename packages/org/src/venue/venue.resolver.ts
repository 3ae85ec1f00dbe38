import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId } from '@civic/subgraph-kit';
import type { OrgContext } from '../loaders';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity';
import { OrgUnit } from '../org-unit/org-unit.type';
import { VenueConnection } from './venue.connection';
import type { VenueEntity } from './venue.entity';
import { VenueFilter } from './venue-filter.input';
import { VenueOrder } from './venue-order.input';
import { listVenues } from './venue.queries';
import { Venue } from './venue.type';

@Resolver(() => Venue)
export class VenueResolver {
  @Query(() => Venue, { nullable: true, description: 'One venue by id (按编号查询阵地资源).' })
  venue(@Arg('id', () => ID, { description: 'Venue id (编号).' }) id: string, @Ctx() ctx: OrgContext) {
    return ctx.loaders.venueById.load(String(parseId(id, 'venue')));
  }

  @Query(() => VenueConnection, { description: 'Venues matching a filter, paginated (阵地资源列表).' })
  venues(
    @Arg('filter', () => VenueFilter, { nullable: true, description: 'Conditions; omit for all venues (筛选条件).' })
    filter: VenueFilter | null,
    @Arg('orderBy', () => VenueOrder, { nullable: true, description: 'How to sort; omit for by id, oldest first (排序).' })
    orderBy: VenueOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: OrgContext,
  ) {
    return listVenues(ctx.db, filter, orderBy, page);
  }

  @FieldResolver(() => OrgUnit, { description: 'The unit the venue belongs to (所属阵地).' })
  orgUnit(@Root() venue: VenueEntity, @Ctx() ctx: OrgContext) {
    return ctx.loaders.orgUnitById.load(String(venue.orgUnitId));
  }
}

@Resolver(() => OrgUnit)
export class OrgUnitVenuesResolver {
  @FieldResolver(() => [Venue], { description: 'The venues / integrated resources of this unit (阵地资源).' })
  venues(@Root() unit: OrgUnitEntity, @Ctx() ctx: OrgContext) {
    return ctx.loaders.venuesByUnit.load(unit.id);
  }
}
