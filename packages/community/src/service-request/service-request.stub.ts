import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The volunteers subgraph's ServiceRequest as this subgraph holds it: its key, extended with where on the grid it came from. */
@Directive('@key(fields: "id")')
@ObjectType('ServiceRequest', { description: "A resident's order for volunteer service (群众点单) and where it stands." })
export class ServiceRequestStub {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: string;
}

/** Resolving a ServiceRequest reference needs no lookup here: the key is all this subgraph stores. */
export const serviceRequestStubReference = {
  __resolveReference: (reference: { id: string }): ServiceRequestStub => ({ id: String(reference.id) }),
};
