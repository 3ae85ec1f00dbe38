import { Field, ID, InputType } from 'type-graphql';

@InputType('EnrollInput', { description: 'Enrolls one participant in a training program (报名).' })
export class EnrollInput {
  @Field(() => ID, { description: 'The program (培训项目).' })
  programId: string;

  @Field({ description: 'Participant name (学员姓名), 1–50 characters.' })
  participantName: string;

  @Field(() => ID, { nullable: true, description: 'The unit the participant comes from (所在单位).' })
  participantUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The participant\'s volunteer id; a VOLUNTEER token may only give its own.' })
  volunteerId?: string | null;
}
