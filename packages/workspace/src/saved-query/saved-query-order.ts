import { OrderInput } from '@civic/subgraph-kit';
import { DEFAULT_RECORD_ORDER_TEXT, recordOrderFields } from '../shared/record-order';
import { SAVED_QUERY_ALIAS } from './saved-query.kind';

export const SavedQueryOrder = OrderInput(
  'SavedQuery',
  'saved queries (分析查询)',
  recordOrderFields(SAVED_QUERY_ALIAS),
  DEFAULT_RECORD_ORDER_TEXT,
);
export type SavedQueryOrder = InstanceType<typeof SavedQueryOrder>;
