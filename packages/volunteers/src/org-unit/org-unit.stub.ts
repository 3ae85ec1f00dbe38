import { createOrgUnitStub, type OrgUnitKey } from '@civic/subgraph-kit';

/** The org subgraph's OrgUnit, extended here. */
export const OrgUnitStub = createOrgUnitStub();
export type OrgUnitStub = OrgUnitKey;
