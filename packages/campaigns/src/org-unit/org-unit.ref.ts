import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The org subgraph's OrgUnit, seen from here: only its key; this subgraph adds campaign fields.
 * Its descriptions repeat the owner's word for word, so the supergraph shows the org subgraph's.
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

export const orgUnitRefReference = {
  __resolveReference: (reference: { id: string }): OrgUnitRef => ({ id: String(reference.id) }),
};
