import { ConnectionType } from '@civic/subgraph-kit';
import { RoleModel } from './role-model.type';

export const RoleModelConnection = ConnectionType(RoleModel, 'RoleModel', 'role models (先进典型)');
