import { Field, ID, InputType } from 'type-graphql';
import { TrimmedLength } from '@civic/subgraph-kit';
import { TeamLevel } from '../team-level.enum';

@InputType('CreateVolunteerTeamInput', { description: 'A new volunteer service team (组建志愿服务队).' })
export class CreateVolunteerTeamInput {
  @Field({ description: 'Name (名称), 1–100 characters.' })
  @TrimmedLength(1, 100)
  name: string;

  @Field(() => TeamLevel, { description: 'Tier (层级).' })
  level: TeamLevel;

  @Field({ description: 'Theme: one of `teamThemes` (服务主题).' })
  theme: string;

  @Field(() => ID, { description: 'The unit the team is based at (所属阵地).' })
  orgUnitId: string;

  @Field(() => ID, { nullable: true, description: 'The brand project it belongs to (所属精品项目).' })
  brandProjectId?: string | null;
}
