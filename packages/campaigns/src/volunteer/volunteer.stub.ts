import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The volunteers subgraph's Volunteer as this subgraph holds it: its key, extended with the events it served at. */
@Directive('@key(fields: "id")')
@ObjectType('Volunteer', { description: 'A registered volunteer (注册志愿者). Personal data is masked for callers not entitled to it.' })
export class VolunteerStub {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: string;
}

/** Resolving a Volunteer reference needs no lookup here: the key is all this subgraph stores. */
export const volunteerStubReference = {
  __resolveReference: (reference: { id: string }): VolunteerStub => ({ id: String(reference.id) }),
};
