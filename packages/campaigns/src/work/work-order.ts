import { OrderDirection, OrderInput, orderingOf, type OrderableField, type SortKey } from '@civic/subgraph-kit';
import type { WorkUseEntity } from './work-use.entity';
import type { WorkEntity } from './work.entity';

type WorkOrderField = 'ID' | 'TITLE' | 'KIND' | 'YEAR';

const BY_ID: SortKey<WorkEntity> = { expression: 'work.id', value: (row) => row.id };

const ORDERABLE: Record<WorkOrderField, OrderableField<WorkEntity>> = {
  ID: { ...BY_ID, description: 'Recording order (编号).' },
  TITLE: { expression: 'work.title', value: (row) => row.title, description: 'Title, character by character (作品名称).' },
  KIND: { expression: 'work.kind', value: (row) => row.kind, description: 'Kind, by its code, e.g. PLAY before TEXTBOOK (类别).' },
  YEAR: {
    expression: 'coalesce(work.year, 0)',
    value: (row) => row.year ?? 0,
    description: 'Year produced; unknown years come first (年份).',
  },
};

export const WorkOrder = OrderInput('Work', 'works and materials (作品与教材)', ORDERABLE, 'recording order');
export type WorkOrder = InstanceType<typeof WorkOrder>;

export function workOrdering(request: WorkOrder | null | undefined) {
  return orderingOf(ORDERABLE, BY_ID, request, { field: 'ID', direction: OrderDirection.ASC });
}

type WorkUseOrderField = 'ID' | 'KIND';

/** Work uses are paged for many works at once (see workUsePagesLoader): the expressions are over its `work_use` alias. */
export const WORK_USE_BY_ID: SortKey<WorkUseEntity> = { expression: 'work_use.id', value: (row) => row.id };

const USE_ORDERABLE: Record<WorkUseOrderField, OrderableField<WorkUseEntity>> = {
  ID: { ...WORK_USE_BY_ID, description: 'Recording order (编号).' },
  KIND: {
    expression: 'work_use.kind',
    value: (row) => row.kind,
    description: 'How it was used, by its code: DISTRIBUTED, PERFORMED, USED (使用方式).',
  },
};

export const WorkUseOrder = OrderInput('WorkUse', 'uses of a work (作品使用)', USE_ORDERABLE, 'recording order');
export type WorkUseOrder = InstanceType<typeof WorkUseOrder>;

export function workUseOrdering(request: WorkUseOrder | null | undefined) {
  return orderingOf(USE_ORDERABLE, WORK_USE_BY_ID, request, { field: 'ID', direction: OrderDirection.ASC });
}
