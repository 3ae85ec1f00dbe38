import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** What a subgraph other than org holds of an OrgUnit: its key. */
export interface OrgUnitKey {
  id: string;
}

/**
 * Declares the org subgraph's OrgUnit as another subgraph sees it: only its key, with the org
 * subgraph's descriptions. Each subgraph calls this once (in its own `org-unit.ref.ts`) and adds
 * fields with `@Resolver(() => OrgUnitStub)`; a class per subgraph keeps type-graphql's global
 * metadata from leaking one subgraph's fields into another's when several are built in one process.
 */
export function createOrgUnitStub() {
  @Directive('@key(fields: "id")')
  @ObjectType('OrgUnit', {
    description:
      'A civilization-practice unit (文明实践阵地): a center, sub-center, institute, station or practice point, placed in one hierarchy.',
  })
  class OrgUnitStub implements OrgUnitKey {
    @Field(() => ID, { description: 'Stable identifier (编号).' })
    id: string;
  }
  return OrgUnitStub;
}

/** Resolving an OrgUnit reference needs no lookup: the key is all another subgraph stores. */
export const orgUnitStubReference = {
  __resolveReference: (reference: { id: string }): OrgUnitKey => ({ id: String(reference.id) }),
};
