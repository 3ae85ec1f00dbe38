import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The org subgraph's Venue as this subgraph holds it: its key, extended with the events held there. */
@Directive('@key(fields: "id")')
@ObjectType('Venue', { description: 'A venue / integrated resource of a unit, e.g. a farmhouse library (阵地资源).' })
export class VenueStub {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: string;
}

/** Resolving a Venue reference needs no lookup here: the key is all this subgraph stores. */
export const venueStubReference = {
  __resolveReference: (reference: { id: string }): VenueStub => ({ id: String(reference.id) }),
};
