import { Field, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';
import { MAX_DEFINITION_BYTES, MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH } from '../../shared/record-limits';
import { JsonObjectText } from '../../shared/text-rules';

@InputType('UpdateSavedViewInput', {
  description: 'Changes to a saved view: omitted fields stay as they are, null or blank clears the description (修改看板).',
})
export class UpdateSavedViewInput extends VersionedInput {
  @Field(() => String, { nullable: true, description: `New name, 1–${MAX_NAME_LENGTH} characters (名称).` })
  @ValidateIfGiven()
  @TrimmedLength(1, MAX_NAME_LENGTH)
  name?: string;

  @Field(() => String, { nullable: true, description: `What it is for, up to ${MAX_DESCRIPTION_LENGTH} characters (说明).` })
  @IsOptionalText()
  @TrimmedLength(0, MAX_DESCRIPTION_LENGTH)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The whole new definition, a JSON object, at most 64 KB (视图定义).' })
  @ValidateIfGiven()
  @JsonObjectText(MAX_DEFINITION_BYTES)
  definition?: string;
}
