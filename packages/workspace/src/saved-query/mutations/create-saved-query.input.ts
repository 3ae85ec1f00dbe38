import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength } from '@civic/subgraph-kit';
import { MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH, MAX_QUERY_BYTES, MAX_VARIABLES_BYTES } from '../../shared/record-limits';
import { GraphQLOperationText, JsonObjectText } from '../../shared/text-rules';

@InputType('CreateSavedQueryInput', {
  description: "A new saved query; it belongs to the caller's org unit, or to none for unscoped roles (保存分析查询).",
})
export class CreateSavedQueryInput {
  @Field({ description: `Name, 1–${MAX_NAME_LENGTH} characters once trimmed (名称).` })
  @TrimmedLength(1, MAX_NAME_LENGTH)
  name: string;

  @Field(() => String, { nullable: true, description: `What it is for, up to ${MAX_DESCRIPTION_LENGTH} characters (说明).` })
  @IsOptionalText()
  @TrimmedLength(0, MAX_DESCRIPTION_LENGTH)
  description?: string | null;

  @Field({ description: 'The GraphQL document: operations and fragments that parse, at most 100 KB (查询语句).' })
  @GraphQLOperationText(MAX_QUERY_BYTES)
  query: string;

  @Field(() => String, { nullable: true, description: 'Its variables as a JSON object, at most 64 KB; omit or null for none (查询变量).' })
  @IsOptional()
  @JsonObjectText(MAX_VARIABLES_BYTES)
  variables?: string | null;
}
