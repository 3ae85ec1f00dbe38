import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The campaigns subgraph's CampaignEvent, as a row behind a figure points to it: its key only. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('CampaignEvent', { description: 'A session held under a campaign: a lecture, fireside chat, screening, visit … (活动场次).' })
export class CampaignEventStub {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: string;
}
