import { millisecondsOf, OrderDirection, orderingOf, type OrderableField, type OrderRequest, type SortKey } from '@civic/subgraph-kit';
import type { OwnedRecordEntity } from './owned-record';

export type RecordOrderField = 'ID' | 'NAME' | 'CREATED_AT' | 'UPDATED_AT';

/** The fields saved records can be sorted by, for a statement that reads them under `alias`. */
export function recordOrderFields(alias: string): Record<RecordOrderField, OrderableField<OwnedRecordEntity>> {
  return {
    ID: { expression: `${alias}.id`, value: (row) => row.id, description: 'Order saved (编号).' },
    NAME: { expression: `${alias}.name`, value: (row) => row.name, description: 'Name, character by character (名称).' },
    CREATED_AT: {
      expression: millisecondsOf(`${alias}.created_at`),
      value: (row) => row.createdAt.getTime(),
      description: 'When it was first saved (创建时间).',
    },
    UPDATED_AT: {
      expression: millisecondsOf(`${alias}.updated_at`),
      value: (row) => row.updatedAt.getTime(),
      description: 'When it was last changed (更新时间).',
    },
  };
}

/** What a list is sorted by when the client does not say: the most recently changed first. */
export const DEFAULT_RECORD_ORDER_TEXT = 'the most recently changed first';

export function recordOrdering(alias: string, request: OrderRequest<RecordOrderField> | null | undefined) {
  const fields = recordOrderFields(alias);
  const byId: SortKey<OwnedRecordEntity> = { expression: fields.ID.expression, value: fields.ID.value };
  return orderingOf(fields, byId, request, { field: 'UPDATED_AT', direction: OrderDirection.DESC });
}
