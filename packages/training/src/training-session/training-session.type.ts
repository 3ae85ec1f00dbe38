import { Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { TrainingSessionKind } from './training-session-kind.enum';

@ObjectType('TrainingSession', {
  description:
    "One session of a training program's agenda (培训日程): opening, lecture, site visit, discussion or closing; inside the program's dates.",
})
export class TrainingSession {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => TrainingSessionKind, { description: 'What the session is (日程类型).' })
  kind: TrainingSessionKind;

  @Field({ description: 'Title or topic (主题).' })
  title: string;

  @Field(() => Date, { description: 'When it starts (开始时间).' })
  startsAt: Date;

  @Field(() => Date, { description: 'When it ends, after the start (结束时间).' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Who spoke or taught, as reported; null if not named (主讲人).' })
  speaker: string | null;

  @Field(() => String, { nullable: true, description: "The speaker's position, e.g. 市文明办主任 (主讲人职务)." })
  speakerPosition: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the session was run, e.g. 一听二看三交流 ("listen, look, exchange") for a site visit (方式).',
  })
  method: string | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When the session was cancelled; null unless it was. It stays on the agenda, for history (取消时间).',
  })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled (取消原因).' })
  cancellationReason: string | null;

  programId: number;
  visitedUnitId: number | null;
}
