import { ConnectionType } from '@civic/subgraph-kit';
import { Work } from './work.type';
import { WorkUse } from './work-use.type';

export const WorkConnection = ConnectionType(Work, 'Work', 'works and materials (作品与教材)');
export const WorkUseConnection = ConnectionType(WorkUse, 'WorkUse', 'uses of a work (作品使用)');
