import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CampaignsContext } from '../loaders';
import { RoleModel } from '../role-model/role-model.type';
import { visibleVolunteers } from '../volunteer/visible-volunteers';
import { VolunteerStub } from '../volunteer/volunteer.stub';
import type { EventParticipantEntity } from './event-participant.entity';
import { EventParticipant } from './event-participant.type';

@Resolver(() => EventParticipant)
export class EventParticipantResolver {
  @FieldResolver(() => VolunteerStub, {
    nullable: true,
    description:
      'Their volunteer record, if linked (志愿者档案). Personal data: null for callers without a token, and for a VOLUNTEER token other than theirs.',
  })
  volunteer(@Root() participant: EventParticipantEntity, @Ctx() ctx: CampaignsContext): VolunteerStub | null {
    if (participant.volunteerId === null) return null;
    return visibleVolunteers(ctx.access, [participant.volunteerId])[0] ?? null;
  }

  @FieldResolver(() => RoleModel, { nullable: true, description: 'The role model they are, if linked (先进典型).' })
  roleModel(@Root() participant: EventParticipantEntity, @Ctx() ctx: CampaignsContext) {
    return participant.roleModelId === null ? null : ctx.loaders.roleModelById.load(String(participant.roleModelId));
  }
}
