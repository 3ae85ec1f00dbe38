import { ConnectionType } from '@civic/subgraph-kit';
import { SavedView } from './saved-view.type';

export const SavedViewConnection = ConnectionType(SavedView, 'SavedView', 'saved views (看板)');
