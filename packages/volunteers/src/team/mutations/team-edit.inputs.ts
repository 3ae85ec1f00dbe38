import { Field, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength, VersionedInput } from '@civic/subgraph-kit';

@InputType('RenameVolunteerTeamInput', { description: 'A new name for a team (服务队更名).' })
export class RenameVolunteerTeamInput extends VersionedInput {
  @Field(() => ID, { description: 'The team (服务队).' })
  id: string;

  @Field({ description: 'New name, 1–100 characters (名称).' })
  @TrimmedLength(1, 100)
  name: string;
}

@InputType('SetTeamLeaderInput', { description: 'Who leads a team: one of its current members, or nobody (设置队长).' })
export class SetTeamLeaderInput extends VersionedInput {
  @Field(() => ID, { description: 'The team (服务队).' })
  id: string;

  @Field(() => ID, { nullable: true, description: 'The new leader, a current member of the team; null: no leader (队长).' })
  leaderVolunteerId?: string | null;
}

@InputType('DissolveVolunteerTeamInput', { description: 'A team to dissolve; its history stays (解散服务队).' })
export class DissolveVolunteerTeamInput extends VersionedInput {
  @Field(() => ID, { description: 'The team (服务队).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Why, up to 200 characters (解散原因).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  reason?: string | null;
}
