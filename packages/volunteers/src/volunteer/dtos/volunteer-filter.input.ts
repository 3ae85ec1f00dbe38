import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which volunteers to list; all given conditions must hold.' })
export class VolunteerFilter {
  @Field(() => ID, { nullable: true, description: 'Only volunteers registered at this unit (所属阵地).' })
  homeUnitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Substring of the name (姓名包含).' })
  search?: string | null;
}
