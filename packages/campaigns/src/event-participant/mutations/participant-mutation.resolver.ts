import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { CampaignEvent } from '../../campaign-event/campaign-event.type';
import type { CampaignsContext } from '../../loaders';
import { EventParticipant } from '../event-participant.type';
import { AddEventParticipantInput } from './add-event-participant.input';
import { addEventParticipant, removeEventParticipant, setEventOnlineReach } from './participant-mutations';
import { SetEventOnlineReachInput } from './set-online-reach.input';

const WHO = 'ADMIN anywhere; ORG_ADMIN, OPERATOR and PROPAGANDA for events hosted inside their subtree (permission event:record).';

@Resolver(() => EventParticipant)
export class EventParticipantMutationResolver {
  @Mutation(() => EventParticipant, { description: `Adds a named person to an event: speaker, guest … (登记出席人员). ${WHO} Audited.` })
  addEventParticipant(
    @Arg('input', () => AddEventParticipantInput, { description: 'The person (出席人员).' }) input: AddEventParticipantInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return addEventParticipant(ctx, input);
  }

  @Mutation(() => CampaignEvent, { description: `Removes a person from an event; returns the event (删除出席人员). ${WHO} Audited.` })
  removeEventParticipant(@Arg('id', () => ID, { description: 'The participant (编号).' }) id: string, @Ctx() ctx: CampaignsContext) {
    return removeEventParticipant(ctx, id);
  }

  @Mutation(() => CampaignEvent, {
    description: `Sets how far an online event reached (登记线上传播情况). ${WHO} BAD_USER_INPUT for an event not held ONLINE. Audited with the values before and after.`,
  })
  setEventOnlineReach(
    @Arg('input', () => SetEventOnlineReachInput, { description: 'The reach (传播情况).' }) input: SetEventOnlineReachInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return setEventOnlineReach(ctx, input);
  }
}
