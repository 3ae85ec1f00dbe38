import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The org subgraph's OrgUnit as every other subgraph sees it: only its key. Subgraphs add their
 * own fields to it with `@Resolver(() => OrgUnitRef)`; descriptions match the org subgraph's.
 */
@Directive('@key(fields: "id")')
@ObjectType('OrgUnit', {
  description:
    'A civilization-practice unit (文明实践阵地): a center, sub-center, institute, station or practice point, placed in one hierarchy.',
})
export class OrgUnitRef {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: string;
}

/** Resolving an OrgUnit reference here needs no lookup: the key is all this subgraph stores. */
export const orgUnitRefReference = {
  __resolveReference: (reference: { id: string }): OrgUnitRef => ({ id: String(reference.id) }),
};
