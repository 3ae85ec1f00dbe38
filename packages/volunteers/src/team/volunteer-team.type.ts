import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { DateScalar } from '@civic/runtime';
import { TeamLevel } from './team-level.enum';

@Directive('@key(fields: "id")')
@ObjectType('VolunteerTeam', { description: 'A volunteer service team (志愿服务队) at county, township or village level.' })
export class VolunteerTeam {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'Name, e.g. 会东县移风易俗志愿服务队 (名称).' })
  name: string;

  @Field(() => TeamLevel, { description: 'Tier (层级).' })
  level: TeamLevel;

  @Field({ description: 'Theme, one of the configured team themes, e.g. 移风易俗 (服务主题).' })
  theme: string;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  @Field(() => Date, { nullable: true, description: 'When the team was dissolved; null while active (解散时间).' })
  dissolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the team was dissolved (解散原因).' })
  dissolutionReason: string | null;

  orgUnitId: number;
  leaderVolunteerId: number | null;
  brandProjectId: number | null;
}

@ObjectType('TeamMembership', { description: "A volunteer's membership of a team, with its dates; leaving keeps the row (队员记录)." })
export class TeamMembership {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => DateScalar, { description: 'Day joined (入队日期).' })
  joinedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day left; null while a member (离队日期).' })
  leftOn: string | null;

  teamId: number;
  volunteerId: number;
}
