import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId } from '@civic/subgraph-kit';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import type { VolunteersContext } from '../loaders';
import { VolunteerFilter } from './dtos/volunteer-filter.input';
import { starLevel } from './star-level';
import { assertMayListVolunteers, assertMayReadVolunteer } from './volunteer-access';
import { VolunteerConnection } from './volunteer.connection';
import type { VolunteerEntity } from './volunteer.entity';
import { VolunteerOrder } from './volunteer-order';
import { listVolunteers } from './volunteer.queries';
import { Volunteer } from './volunteer.type';

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Query(() => Volunteer, { nullable: true, description: 'One volunteer by id (按编号查询志愿者).' })
  volunteer(@Arg('id', () => ID, { description: 'Volunteer id (编号).' }) id: string, @Ctx() ctx: VolunteersContext) {
    const volunteerId = parseId(id, 'volunteer');
    assertMayReadVolunteer(ctx.access, volunteerId);
    return ctx.loaders.volunteerById.load(String(volunteerId));
  }

  @Query(() => VolunteerConnection, { description: 'Volunteers matching a filter, paginated (志愿者列表).' })
  volunteers(
    @Arg('filter', () => VolunteerFilter, { nullable: true, description: 'Conditions; omit for all registered volunteers (筛选条件).' })
    filter: VolunteerFilter | null,
    @Arg('orderBy', () => VolunteerOrder, { nullable: true, description: 'How to sort; omit for the order of registration (排序).' })
    orderBy: VolunteerOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: VolunteersContext,
  ) {
    assertMayListVolunteers(ctx.access);
    return listVolunteers(ctx.db, filter, orderBy, page);
  }

  @FieldResolver(() => Int, {
    description: 'Star level 0–5 from cumulative approved hours; thresholds configurable, national default 100/300/600/1000/1500 h (星级).',
  })
  starLevel(@Root() volunteer: VolunteerEntity) {
    return starLevel(volunteer.totalServiceHours);
  }

  @FieldResolver(() => OrgUnitStub, { nullable: true, description: 'The station or institute the volunteer registered at (所属阵地).' })
  homeUnit(@Root() volunteer: VolunteerEntity): OrgUnitStub | null {
    return volunteer.homeUnitId ? { id: String(volunteer.homeUnitId) } : null;
  }
}
