import { Field, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength } from '@civic/subgraph-kit';
import { MAX_DEFINITION_BYTES, MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH } from '../../shared/record-limits';
import { JsonObjectText } from '../../shared/text-rules';

@InputType('CreateSavedViewInput', { description: "A new saved view; it belongs to the caller's org unit (保存看板)." })
export class CreateSavedViewInput {
  @Field({ description: `Name, 1–${MAX_NAME_LENGTH} characters once trimmed (名称).` })
  @TrimmedLength(1, MAX_NAME_LENGTH)
  name: string;

  @Field(() => String, { nullable: true, description: `What it is for, up to ${MAX_DESCRIPTION_LENGTH} characters (说明).` })
  @IsOptionalText()
  @TrimmedLength(0, MAX_DESCRIPTION_LENGTH)
  description?: string | null;

  @Field({ description: 'The view as the console writes it: a JSON object, at most 64 KB (视图定义).' })
  @JsonObjectText(MAX_DEFINITION_BYTES)
  definition: string;
}
