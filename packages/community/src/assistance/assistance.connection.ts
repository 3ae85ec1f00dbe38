import { ConnectionType } from '@civic/subgraph-kit';
import { Assistance } from './assistance.type';

export const AssistanceConnection = ConnectionType(Assistance, 'Assistance', 'assistance given (帮扶)');
