import { Field, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength } from '@civic/subgraph-kit';

@InputType('RecordRoleModelInput', { description: 'A role model to publicise (登记先进典型).' })
export class RecordRoleModelInput {
  @Field({ description: 'Name, 1–100 characters (姓名).' })
  @TrimmedLength(1, 100)
  name: string;

  @Field(() => ID, { description: "The org unit where they serve; must lie inside the caller's subtree (所在单位)." })
  unitId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Their record in the volunteers subgraph, if they are a registered volunteer (志愿者编号).',
  })
  volunteerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Position, e.g. 驻村第一书记, up to 200 characters (职务).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  position?: string | null;

  @Field(() => String, { nullable: true, description: 'Nickname the people gave, e.g. 玉米书记, up to 50 characters (群众称呼).' })
  @IsOptionalText()
  @TrimmedLength(0, 50)
  nickname?: string | null;

  @Field(() => String, { nullable: true, description: 'What they achieved, with figures, up to 4000 characters (先进事迹).' })
  @IsOptionalText()
  @TrimmedLength(0, 4000)
  achievements?: string | null;
}
