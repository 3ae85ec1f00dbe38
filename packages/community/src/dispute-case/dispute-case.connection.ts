import { ConnectionType } from '@civic/subgraph-kit';
import { DisputeCase } from './dispute-case.type';

export const DisputeCaseConnection = ConnectionType(DisputeCase, 'DisputeCase', 'dispute cases (矛盾纠纷)');
