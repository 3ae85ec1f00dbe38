import { ConnectionType } from '@civic/subgraph-kit';
import { Household } from './household.type';

export const HouseholdConnection = ConnectionType(Household, 'Household', 'households on the grid register (住户)');
