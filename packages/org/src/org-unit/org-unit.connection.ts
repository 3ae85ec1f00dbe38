import { ConnectionType } from '@civic/subgraph-kit';
import { OrgUnit } from './org-unit.type';

export const OrgUnitConnection = ConnectionType(OrgUnit, 'OrgUnit', 'org units (文明实践阵地)');
