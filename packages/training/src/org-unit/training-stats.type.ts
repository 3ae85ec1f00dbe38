import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('TrainingStats', { description: 'Training figures of a unit or its subtree, optionally for one year and audience (培训统计).' })
export class TrainingStats {
  @Field(() => Int, { description: 'Programs organised (培训场次).' })
  programCount: number;

  @Field(() => Int, { description: 'Enrollments in those programs (参训人次).' })
  participantCount: number;

  @Field(() => Int, { description: 'Enrollments marked as attended (实到人次).' })
  attendedCount: number;

  @Field(() => Int, { description: 'Enrollments completed (结业人次).' })
  completedCount: number;
}
