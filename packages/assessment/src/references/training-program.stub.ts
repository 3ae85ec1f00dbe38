import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The training subgraph's TrainingProgram, as a row behind a figure points to it: its key only. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('TrainingProgram', {
  description: 'A training program (培训项目) organised by one unit, e.g. a volunteer professional training (志愿服务专业培训).',
})
export class TrainingProgramStub {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: string;
}
