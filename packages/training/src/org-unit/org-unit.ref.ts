import { createOrgUnitRef, type OrgUnitKey } from '@civic/kernel';

/** The org subgraph's OrgUnit, extended here. */
export const OrgUnitRef = createOrgUnitRef();
export type OrgUnitRef = OrgUnitKey;
