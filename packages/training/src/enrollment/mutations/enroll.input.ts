import { Field, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength } from '@civic/subgraph-kit';

@InputType('EnrollInput', { description: 'Enrolls one participant in a training program (报名).' })
export class EnrollInput {
  @Field(() => ID, { description: 'The program (培训项目).' })
  programId: string;

  @Field({ description: 'Participant name (学员姓名), 1–50 characters.' })
  @TrimmedLength(1, 50)
  participantName: string;

  @Field(() => ID, { nullable: true, description: 'The unit the participant comes from (所在单位).' })
  participantUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: "The participant's volunteer id; a VOLUNTEER token may only give its own (志愿者编号)." })
  volunteerId?: string | null;

  @Field(() => String, { nullable: true, description: "The participant's position, up to 50 characters, e.g. 分管负责人 (职务)." })
  @IsOptionalText()
  @TrimmedLength(0, 50)
  participantPosition?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The participant's unit or department as text, up to 100 characters, when it is not an org unit, e.g. 市委社工委 (所在单位/部门).",
  })
  @IsOptionalText()
  @TrimmedLength(0, 100)
  participantUnitName?: string | null;
}
