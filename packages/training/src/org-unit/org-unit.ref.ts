import { createOrgUnitRef, type OrgUnitKey } from '@civic/subgraph-kit';

/** The org subgraph's OrgUnit, extended here. */
export const OrgUnitRef = createOrgUnitRef();
export type OrgUnitRef = OrgUnitKey;
