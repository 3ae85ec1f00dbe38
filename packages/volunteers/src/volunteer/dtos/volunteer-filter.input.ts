import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NumberRange } from '@civic/subgraph-kit';

@InputType({ description: 'Which volunteers to list; all given conditions must hold.' })
export class VolunteerFilter {
  @Field(() => ID, { nullable: true, description: 'Only volunteers registered at this unit (所属阵地).' })
  homeUnitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Substring of the name (姓名包含).' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only current members of this team (所在服务队).' })
  teamId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only volunteers with at least this star level, 0–5 (最低星级).' })
  @IsOptional()
  @NumberRange(0, 5)
  minStarLevel?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only volunteers registered at this unit or anywhere below it (所属范围).' })
  subtreeOf?: string | null;
}
