import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { DateScalar } from '@civic/runtime';
import { TrainingAudience } from './training-audience';

@Directive('@key(fields: "id")')
@ObjectType('TrainingProgram', {
  description: 'A training program (培训项目) organised by one unit, e.g. a volunteer professional training (志愿服务专业培训).',
})
export class TrainingProgram {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => String, { description: 'Title of the program (培训名称).' })
  title: string;

  @Field(() => DateScalar, { description: 'First day of the program (开始日期).' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'Last day of the program, on or after the first (结束日期).' })
  endsOn: string;

  @Field(() => TrainingAudience, { description: 'Who the program is for (培训对象).' })
  audience: TrainingAudience;

  @Field(() => String, { nullable: true, description: 'Where it is held, as text (培训地点).' })
  place: string | null;

  @Field(() => Int, { nullable: true, description: 'How many may enroll; null for no limit (计划人数).' })
  capacity: number | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When the program was cancelled; null unless it was. It stays listed, for history (取消时间).',
  })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled (取消原因).' })
  cancellationReason: string | null;

  /** Not exposed: `organizer` is resolved from it. */
  organizerUnitId: number;
}
