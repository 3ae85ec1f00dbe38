import { Field, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';

@InputType('UpdateRoleModelInput', { description: 'Changes to a role model; omitted fields stay as they are (修改先进典型).' })
export class UpdateRoleModelInput extends VersionedInput {
  @Field(() => ID, { description: 'The role model (典型编号).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Name, 1–100 characters (姓名).' })
  @ValidateIfGiven()
  @TrimmedLength(1, 100)
  name?: string;

  @Field(() => ID, { nullable: true, description: "The org unit where they now serve; inside the caller's subtree (所在单位)." })
  unitId?: string;

  @Field(() => ID, { nullable: true, description: 'Their volunteer record; null clears the link (志愿者编号).' })
  volunteerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Position, up to 200 characters; null or blank clears it (职务).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  position?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Nickname the people gave, up to 50 characters; null or blank clears it (群众称呼).',
  })
  @IsOptionalText()
  @TrimmedLength(0, 50)
  nickname?: string | null;

  @Field(() => String, { nullable: true, description: 'What they achieved, up to 4000 characters; null or blank clears it (先进事迹).' })
  @IsOptionalText()
  @TrimmedLength(0, 4000)
  achievements?: string | null;
}
