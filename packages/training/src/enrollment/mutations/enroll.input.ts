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

  @Field(() => String, { nullable: true, description: 'The participant\'s position, up to 50 characters, e.g. 分管负责人 (职务).' })
  participantPosition?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The participant\'s unit or department as text, up to 100 characters, when it is not an org unit, e.g. 市委社工委 (所在单位/部门).',
  })
  participantUnitName?: string | null;
}
