import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';
import { MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH, MAX_QUERY_BYTES, MAX_VARIABLES_BYTES } from '../../shared/record-limits';
import { GraphQLOperationText, JsonObjectText } from '../../shared/text-rules';

@InputType('UpdateSavedQueryInput', {
  description: 'Changes to a saved query: omitted fields stay as they are, null clears the description or the variables (修改分析查询).',
})
export class UpdateSavedQueryInput extends VersionedInput {
  @Field(() => String, { nullable: true, description: `New name, 1–${MAX_NAME_LENGTH} characters (名称).` })
  @ValidateIfGiven()
  @TrimmedLength(1, MAX_NAME_LENGTH)
  name?: string;

  @Field(() => String, { nullable: true, description: `What it is for, up to ${MAX_DESCRIPTION_LENGTH} characters (说明).` })
  @IsOptionalText()
  @TrimmedLength(0, MAX_DESCRIPTION_LENGTH)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The whole new GraphQL document, at most 100 KB (查询语句).' })
  @ValidateIfGiven()
  @GraphQLOperationText(MAX_QUERY_BYTES)
  query?: string;

  @Field(() => String, { nullable: true, description: 'New variables as a JSON object, at most 64 KB; null clears them (查询变量).' })
  @IsOptional()
  @JsonObjectText(MAX_VARIABLES_BYTES)
  variables?: string | null;
}
