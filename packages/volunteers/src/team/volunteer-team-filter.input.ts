import { Field, ID, InputType } from 'type-graphql';
import { TeamLevel } from './team-level.enum';

@InputType('VolunteerTeamFilter', { description: 'Which teams to list; all given conditions must hold.' })
export class VolunteerTeamFilter {
  @Field(() => ID, { nullable: true, description: 'Only teams based at this unit.' })
  orgUnitId?: string | null;

  @Field(() => TeamLevel, { nullable: true, description: 'Only teams of this tier.' })
  level?: TeamLevel | null;

  @Field(() => String, { nullable: true, description: 'Only teams of this theme.' })
  theme?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only teams based at this unit or anywhere below it.' })
  subtreeOf?: string | null;
}
