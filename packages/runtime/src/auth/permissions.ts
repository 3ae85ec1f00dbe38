import type { Role } from './identity';

/** What a caller may do. Writes are checked against the target org unit's place in the tree. */
export type Permission =
  | 'org:write'
  | 'volunteer:register'
  | 'service:record'
  | 'event:record'
  | 'order:write'
  | 'campaign:write'
  | 'training:write'
  | 'training:enroll'
  | 'view:write'
  | 'query:write'
  | 'designation:apply'
  | 'designation:decide'
  | 'meeting:write'
  | 'honour:write'
  | 'mobilisation:write'
  | 'grid:write'
  | 'work:write'
  | 'calendar:write'
  | 'points:award'
  | 'points:redeem'
  | 'exchange:write'
  | 'assessment:write'
  | 'inspection:write'
  | 'recognition:write'
  | 'audit:read';

const STAFF_WRITES: Permission[] = [
  'org:write',
  'volunteer:register',
  'service:record',
  'event:record',
  'order:write',
  'campaign:write',
  'training:write',
  'training:enroll',
  'view:write',
  'query:write',
  'designation:apply',
  'designation:decide',
  'meeting:write',
  'honour:write',
  'mobilisation:write',
  'grid:write',
  'work:write',
  'calendar:write',
  'points:award',
  'points:redeem',
  'exchange:write',
  'assessment:write',
  'inspection:write',
  'recognition:write',
];

/** The role table of the platform (README, Access), in one place. */
export const GRANTS: Record<Role, readonly Permission[]> = {
  ADMIN: [...STAFF_WRITES, 'audit:read'],
  ORG_ADMIN: STAFF_WRITES,
  OPERATOR: [
    'volunteer:register',
    'service:record',
    'event:record',
    'order:write',
    'training:enroll',
    'query:write',
    'designation:apply',
    'grid:write',
    'points:redeem',
    'exchange:write',
  ],
  PROPAGANDA: [
    'campaign:write',
    'event:record',
    'view:write',
    'query:write',
    'honour:write',
    'work:write',
    'calendar:write',
    'recognition:write',
  ],
  ANALYST: ['query:write'],
  VOLUNTEER: [],
  ANONYMOUS: [],
};

/** Roles whose writes are confined to the subtree of their own org unit. */
export const SCOPED_ROLES: ReadonlySet<Role> = new Set(['ORG_ADMIN', 'OPERATOR', 'PROPAGANDA']);

export function grants(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
