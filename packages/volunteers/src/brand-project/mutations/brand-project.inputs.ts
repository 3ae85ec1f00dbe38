import { Field, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';

@InputType('CreateBrandProjectInput', { description: 'A new brand project run by a unit (创建精品项目).' })
export class CreateBrandProjectInput {
  @Field({ description: 'Name, unique, 1–100 characters (项目名称).' })
  @TrimmedLength(1, 100)
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is, up to 1000 characters (简介).' })
  @IsOptionalText()
  @TrimmedLength(0, 1000)
  description?: string | null;

  @Field(() => ID, { description: 'The unit that runs it (主办单位).' })
  orgUnitId: string;
}

@InputType('UpdateBrandProjectInput', { description: 'Changes to a brand project; omitted fields stay as they are (修改精品项目).' })
export class UpdateBrandProjectInput extends VersionedInput {
  @Field(() => ID, { description: 'The brand project (精品项目).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New name, unique, 1–100 characters (项目名称).' })
  @ValidateIfGiven()
  @TrimmedLength(1, 100)
  name?: string;

  @Field(() => String, { nullable: true, description: 'New description, up to 1000 characters; blank clears it (简介).' })
  @IsOptionalText()
  @TrimmedLength(0, 1000)
  description?: string | null;
}

@InputType('RetireBrandProjectInput', { description: 'A brand project to retire; teams and activities keep their link (停用精品项目).' })
export class RetireBrandProjectInput extends VersionedInput {
  @Field(() => ID, { description: 'The brand project (精品项目).' })
  id: string;
}
