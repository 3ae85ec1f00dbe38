import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptionalText, NumberRange, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';
import { WorkKind } from '../work-kind.enum';

@InputType('UpdateWorkInput', { description: 'Changes to a work; omitted fields stay as they are (修改作品).' })
export class UpdateWorkInput extends VersionedInput {
  @Field(() => ID, { description: 'The work (作品编号).' })
  id: string;

  @Field(() => WorkKind, { nullable: true, description: 'What kind of work it is (作品类别).' })
  kind?: WorkKind;

  @Field(() => String, { nullable: true, description: 'Title, 1–200 characters (作品名称).' })
  @ValidateIfGiven()
  @TrimmedLength(1, 200)
  title?: string;

  @Field(() => Int, { nullable: true, description: 'Year it was produced, 1949–2100; null clears it (创作年份).' })
  @ValidateIfGiven()
  @NumberRange(1949, 2100)
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'What it is, up to 2000 characters; null or blank clears it (作品简介).' })
  @IsOptionalText()
  @TrimmedLength(0, 2000)
  description?: string | null;
}
