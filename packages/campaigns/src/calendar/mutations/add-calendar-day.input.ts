import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptionalText, NumberRange, TrimmedLength, ValidateIfGiven } from '@civic/subgraph-kit';

@InputType('AddCalendarDayInput', { description: "A themed day on a unit's activity calendar (新增主题日)." })
export class AddCalendarDayInput {
  @Field(() => ID, { description: "The unit whose calendar it goes on, typically a center; inside the caller's subtree (所属中心)." })
  unitId: string;

  @Field(() => Int, { description: 'Month, 1–12 (月).' })
  @NumberRange(1, 12)
  month: number;

  @Field(() => Int, { description: 'Day of the month, 1–31; must exist in that month (日).' })
  @NumberRange(1, 31)
  day: number;

  @Field(() => Int, { nullable: true, description: 'The one year it applies to; omit for a day kept every year (年份).' })
  @ValidateIfGiven()
  @NumberRange(1949, 2100)
  year?: number | null;

  @Field({ description: 'Theme, 1–100 characters, e.g. 国际志愿者日 (主题).' })
  @TrimmedLength(1, 100)
  theme: string;

  @Field(() => String, { nullable: true, description: 'What the day is for, up to 2000 characters (说明).' })
  @IsOptionalText()
  @TrimmedLength(0, 2000)
  description?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Departments responsible, typically sub-centers, at most 20 (责任部门).' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'responsibleUnitIds may hold at most 20 units' })
  responsibleUnitIds?: string[] | null;
}
