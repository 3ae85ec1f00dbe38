import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Enrollment', { description: 'One person enrolled in a training program (报名学员).' })
export class Enrollment {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'Name of the participant (学员姓名).' })
  participantName: string;

  @Field({ description: 'Whether the participant attended (是否参训).' })
  attended: boolean;

  programId: number;
  participantUnitId: number | null;
  volunteerId: number | null;
}
