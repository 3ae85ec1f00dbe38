import { Field, ID, InputType } from 'type-graphql';
import { WorkUseKind } from '../work-use-kind.enum';

@InputType('LinkWorkInput', {
  description: 'A use of a work by a campaign or by one event: give exactly one of campaignId and eventId (作品使用).',
})
export class LinkWorkInput {
  @Field(() => ID, { description: 'The work (作品编号).' })
  workId: string;

  @Field(() => ID, { nullable: true, description: 'The campaign that used it (活动编号).' })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The event that used it (场次编号).' })
  eventId?: string | null;

  @Field(() => WorkUseKind, { description: 'How it was used (使用方式).' })
  kind: WorkUseKind;
}
