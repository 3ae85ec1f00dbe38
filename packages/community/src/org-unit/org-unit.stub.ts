import { createOrgUnitStub, type OrgUnitKey } from '@civic/subgraph-kit';

/** The org subgraph's OrgUnit, as grid records refer to their unit; extended here with grid work figures. */
export const OrgUnitStub = createOrgUnitStub();
export type OrgUnitStub = OrgUnitKey;
