import { OrderDirection, OrderInput, orderingOf, type OrderableField, type Ordering } from '@civic/subgraph-kit';
import { RecognitionSubject } from './recognition-subject.enum';
import type { RecognitionEntity } from './recognition.entity';

const SUBJECT_ORDER = [RecognitionSubject.UNIT, RecognitionSubject.TEAM, RecognitionSubject.VOLUNTEER];
const NOT_RANKED = 2_147_483_647;

/** Over the alias `recognition`. */
export const RECOGNITION_ORDER_FIELDS = {
  SUBJECT_KIND: {
    description: 'Units, then teams, then volunteers (评优对象).',
    expression: `array_position(ARRAY[${SUBJECT_ORDER.map((kind) => `'${kind}'`).join(', ')}]::text[], recognition.subject_kind)`,
    value: (row) => SUBJECT_ORDER.indexOf(row.subjectKind) + 1,
  },
  RANK_AT_TIME: {
    description: 'Rank when recognised; teams and volunteers, not ranked, come last ascending (评优时排名).',
    expression: `coalesce(recognition.rank_at_time, ${NOT_RANKED})`,
    value: (row) => row.rankAtTime ?? NOT_RANKED,
  },
  TITLE: { description: 'Title given (荣誉称号).', expression: 'recognition.title', value: (row) => row.title },
  ID: { description: 'Id, in the order recognitions were recorded (编号).', expression: 'recognition.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<RecognitionEntity>>;

export const RecognitionOrder = OrderInput(
  'Recognition',
  'recognitions (评优表彰)',
  RECOGNITION_ORDER_FIELDS,
  'units, then teams, then volunteers',
);
export type RecognitionOrder = InstanceType<typeof RecognitionOrder>;

export function recognitionOrdering(orderBy: RecognitionOrder | null | undefined): Ordering<RecognitionEntity> {
  return orderingOf(RECOGNITION_ORDER_FIELDS, RECOGNITION_ORDER_FIELDS.ID, orderBy, {
    field: 'SUBJECT_KIND',
    direction: OrderDirection.ASC,
  });
}
