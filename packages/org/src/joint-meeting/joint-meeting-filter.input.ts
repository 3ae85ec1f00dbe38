import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotBefore } from '@civic/subgraph-kit';

@InputType('JointMeetingFilter', { description: 'Which joint meetings to list; all given conditions must hold (联席会议筛选条件).' })
export class JointMeetingFilter {
  @Field(() => ID, { nullable: true, description: 'Only meetings convened by this unit or a unit below it (召集单位及下级).' })
  convenedBy?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only meetings held on or after this day (起始日期).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only meetings held on or before this day (截止日期).' })
  @NotBefore('from')
  to?: string | null;
}
