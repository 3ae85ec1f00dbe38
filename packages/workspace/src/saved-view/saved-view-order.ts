import { OrderInput } from '@civic/subgraph-kit';
import { DEFAULT_RECORD_ORDER_TEXT, recordOrderFields } from '../shared/record-order';
import { SAVED_VIEW_ALIAS } from './saved-view.kind';

export const SavedViewOrder = OrderInput('SavedView', 'saved views (看板)', recordOrderFields(SAVED_VIEW_ALIAS), DEFAULT_RECORD_ORDER_TEXT);
export type SavedViewOrder = InstanceType<typeof SavedViewOrder>;
