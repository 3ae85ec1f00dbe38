import { ConnectionType } from '@civic/subgraph-kit';
import { SavedQuery } from './saved-query.type';

export const SavedQueryConnection = ConnectionType(SavedQuery, 'SavedQuery', 'saved queries (分析查询)');
