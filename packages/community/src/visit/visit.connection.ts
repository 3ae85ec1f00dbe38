import { ConnectionType } from '@civic/subgraph-kit';
import { Visit } from './visit.type';

export const VisitConnection = ConnectionType(Visit, 'Visit', 'door-to-door visits (走访)');
