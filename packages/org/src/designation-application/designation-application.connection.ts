import { ConnectionType } from '@civic/subgraph-kit';
import { DesignationApplication } from './designation-application.type';

export const DesignationApplicationConnection = ConnectionType(
  DesignationApplication,
  'DesignationApplication',
  'designation applications (称号申报)',
);
