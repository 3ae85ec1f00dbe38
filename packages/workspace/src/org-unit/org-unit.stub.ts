import { createOrgUnitStub, type OrgUnitKey } from '@civic/subgraph-kit';

/** The org subgraph's OrgUnit, as saved records refer to their owner unit. */
export const OrgUnitStub = createOrgUnitStub();
export type OrgUnitStub = OrgUnitKey;
