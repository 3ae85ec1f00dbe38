import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptionalText, NumberRange, TrimmedLength, ValidateIfGiven } from '@civic/subgraph-kit';

@InputType('SetEventOnlineReachInput', {
  description: 'How far an online event reached; omitted fields stay, null clears (登记线上传播情况). ONLINE events only.',
})
export class SetEventOnlineReachInput {
  @Field(() => ID, { description: 'The online event (场次编号).' })
  eventId: string;

  @Field(() => Int, { nullable: true, description: 'Views or plays, 0 or more (观看人次).' })
  @ValidateIfGiven()
  @NumberRange(0, 2_000_000_000)
  views?: number | null;

  @Field(() => Int, { nullable: true, description: 'People who took part online, 0 or more (线上参与人数).' })
  @ValidateIfGiven()
  @NumberRange(0, 2_000_000_000)
  participants?: number | null;

  @Field(() => String, { nullable: true, description: 'Platform, up to 100 characters (平台).' })
  @IsOptionalText()
  @TrimmedLength(0, 100)
  platform?: string | null;
}
