import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The org subgraph's OrgUnit, seen from here: only its key; this subgraph adds volunteer fields. */
@Directive('@key(fields: "id")')
@ObjectType('OrgUnit', { description: 'A civilization-practice unit (文明实践阵地); owned by the org subgraph.' })
export class OrgUnitRef {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;
}

export const orgUnitRefReference = {
  __resolveReference: (reference: { id: string }): OrgUnitRef => ({ id: String(reference.id) }),
};
