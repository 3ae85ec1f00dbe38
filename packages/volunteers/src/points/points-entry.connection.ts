import { ConnectionType } from '@civic/subgraph-kit';
import { PointsEntry } from './points-entry.type';

export const PointsEntryConnection = ConnectionType(PointsEntry, 'PointsEntry', 'points ledger entries (积分明细)');
