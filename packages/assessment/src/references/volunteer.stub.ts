import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The volunteers subgraph's Volunteer as this subgraph holds it: its key, extended with its recognitions. */
@Directive('@key(fields: "id")')
@ObjectType('Volunteer', { description: 'A registered volunteer (注册志愿者). Personal data is masked for callers not entitled to it.' })
export class VolunteerStub {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: string;
}
