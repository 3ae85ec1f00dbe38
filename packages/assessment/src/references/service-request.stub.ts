import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The volunteers subgraph's ServiceRequest, as a row behind a figure points to it: its key only. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('ServiceRequest', { description: "A resident's order for volunteer service (群众点单) and where it stands." })
export class ServiceRequestStub {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: string;
}
