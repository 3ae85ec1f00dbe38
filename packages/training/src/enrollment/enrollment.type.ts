import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';

@ObjectType('Enrollment', {
  description:
    "One person enrolled in a training program (报名学员). Personal data: reachable only with a token (staff lists, a volunteer's own record, the result of a mutation).",
})
export class Enrollment {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'Name of the participant (学员姓名); personal data, never given to callers without a token.' })
  participantName: string;

  @Field(() => String, { nullable: true, description: "The participant's position, e.g. 分管负责人 (职务)." })
  participantPosition: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The participant's unit or department as text, when it is not an org unit, e.g. 市委社工委 (所在单位/部门).",
  })
  participantUnitName: string | null;

  @Field({ description: 'Whether the participant attended the program (是否参训); set by markAttendance or by attendance at a session.' })
  attended: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'The day the participant completed the program; null if not (结业日期).' })
  completedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Number of the completion certificate, unique (结业证书编号).' })
  certificateNumber: string | null;

  @Field(() => Date, { name: 'enrolledAt', description: 'When the participant enrolled (报名时间).' })
  createdAt: Date;

  programId: number;
  participantUnitId: number | null;
  volunteerId: number | null;
}
