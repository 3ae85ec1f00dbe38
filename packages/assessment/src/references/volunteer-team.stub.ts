import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The volunteers subgraph's VolunteerTeam as this subgraph holds it: its key, extended with its recognitions. */
@Directive('@key(fields: "id")')
@ObjectType('VolunteerTeam', { description: 'A volunteer service team (志愿服务队) at county, township or village level.' })
export class VolunteerTeamStub {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: string;
}
