import { ConnectionType } from '@civic/subgraph-kit';
import { Mobilisation } from './mobilisation.type';

export const MobilisationConnection = ConnectionType(Mobilisation, 'Mobilisation', 'special-period mobilisations (应急动员)');
