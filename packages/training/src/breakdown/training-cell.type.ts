import { Field, Int, ObjectType } from 'type-graphql';
import { CellKey } from '@civic/subgraph-kit';

@ObjectType('TrainingCell', { description: 'One cell of a training breakdown: its coordinates and its figures (培训统计单元格).' })
export class TrainingCell {
  @Field(() => [CellKey], { description: 'Where the cell sits, one key per dimension asked, in the order asked (分组键).' })
  keys: CellKey[];

  @Field(() => Int, { description: 'Programs starting in the cell (培训场次).' })
  programCount: number;

  @Field(() => Int, { description: 'Enrollments in those programs (参训人次).' })
  participantCount: number;

  @Field(() => Int, { description: 'Enrollments marked as attended (实到人次).' })
  attendedCount: number;

  @Field(() => Int, { description: 'Enrollments completed (结业人次).' })
  completedCount: number;
}
