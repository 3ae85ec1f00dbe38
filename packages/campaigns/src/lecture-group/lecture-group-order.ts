import { OrderDirection, OrderInput, orderingOf, type OrderableField, type SortKey, millisecondsOf } from '@civic/subgraph-kit';
import type { LectureGroupEntity } from './lecture-group.entity';

type LectureGroupOrderField = 'ID' | 'NAME' | 'CREATED_AT';

const BY_ID: SortKey<LectureGroupEntity> = { expression: 'lecture_group.id', value: (row) => row.id };

const ORDERABLE: Record<LectureGroupOrderField, OrderableField<LectureGroupEntity>> = {
  ID: { ...BY_ID, description: 'Creation order (编号).' },
  NAME: { expression: 'lecture_group.name', value: (row) => row.name, description: 'Name, character by character (小组名称).' },
  CREATED_AT: {
    expression: millisecondsOf('lecture_group.created_at'),
    value: (row) => row.createdAt.getTime(),
    description: 'When it was formed (成立时间).',
  },
};

export const LectureGroupOrder = OrderInput('LectureGroup', 'lecture groups (宣讲小组)', ORDERABLE, 'creation order');
export type LectureGroupOrder = InstanceType<typeof LectureGroupOrder>;

export function lectureGroupOrdering(request: LectureGroupOrder | null | undefined) {
  return orderingOf(ORDERABLE, BY_ID, request, { field: 'ID', direction: OrderDirection.ASC });
}
