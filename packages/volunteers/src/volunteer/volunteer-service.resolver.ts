import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgsType } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../loaders';
import { ServiceRecordStatus } from '../service-record/service-record-status.enum';
import { ServiceRecordOrder, serviceRecordOrdering } from '../service-record/service-record-order';
import { ServiceRecordConnection } from '../service-record/service-record.connection';
import { TeamMembership, VolunteerTeam } from '../team/volunteer-team.type';
import type { VolunteerEntity } from './volunteer.entity';
import { Volunteer } from './volunteer.type';

/** A volunteer's teams and service, as their profile shows it. */
@Resolver(() => Volunteer)
export class VolunteerServiceResolver {
  @FieldResolver(() => [VolunteerTeam], { description: 'Teams the volunteer is a member of now (所在服务队).' })
  teams(@Root() volunteer: VolunteerEntity, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.teamsByVolunteer.load(volunteer.id);
  }

  @FieldResolver(() => [TeamMembership], { description: 'Every membership, past and present, oldest first (入队记录).' })
  memberships(@Root() volunteer: VolunteerEntity, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.membershipsByVolunteer.load(volunteer.id);
  }

  @FieldResolver(() => ServiceRecordConnection, {
    description: 'Service records, newest first unless sorted otherwise, paginated (服务记录).',
  })
  serviceRecords(
    @Root() volunteer: VolunteerEntity,
    @Arg('status', () => ServiceRecordStatus, { nullable: true, description: 'Only records in this review state (审核状态).' })
    status: ServiceRecordStatus | null,
    @Arg('orderBy', () => ServiceRecordOrder, { nullable: true, description: 'How to sort; omit for newest start first (排序).' })
    orderBy: ServiceRecordOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: VolunteersContext,
  ) {
    return ctx.loaders.serviceRecordPages.load({
      parentId: volunteer.id,
      page,
      filter: status ?? null,
      ordering: serviceRecordOrdering(orderBy),
    });
  }
}
