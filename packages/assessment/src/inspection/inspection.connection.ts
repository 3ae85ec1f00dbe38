import { ConnectionType } from '@civic/subgraph-kit';
import { Inspection } from './inspection.type';

export const InspectionConnection = ConnectionType(Inspection, 'Inspection', 'inspections (督查记录)');
