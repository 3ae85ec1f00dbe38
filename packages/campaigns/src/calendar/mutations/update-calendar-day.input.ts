import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';

@InputType('UpdateCalendarDayInput', { description: 'Changes to a themed day; omitted fields stay as they are (修改主题日).' })
export class UpdateCalendarDayInput extends VersionedInput {
  @Field(() => ID, { description: 'The themed day (编号).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Theme, 1–100 characters (主题).' })
  @ValidateIfGiven()
  @TrimmedLength(1, 100)
  theme?: string;

  @Field(() => String, { nullable: true, description: 'What the day is for, up to 2000 characters; null or blank clears it (说明).' })
  @IsOptionalText()
  @TrimmedLength(0, 2000)
  description?: string | null;

  @Field(() => [ID], { nullable: true, description: 'All the departments responsible, at most 20, replacing those recorded (责任部门).' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'responsibleUnitIds may hold at most 20 units' })
  responsibleUnitIds?: string[] | null;
}
