import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { IsMobileOrLandline, IsOptionalText, NotInFuture, NumberRange, TrimmedLength } from '@civic/subgraph-kit';
import { DifficultyCategory } from '../difficulty-category.enum';

@InputType('RegisterHouseholdInput', { description: "A household put on a station's grid register (住户登记)." })
export class RegisterHouseholdInput {
  @Field(() => ID, { description: 'The station (or other unit) whose grid it is on (所在网格阵地).' })
  orgUnitId: string;

  @Field({ description: "Head of household's name, 1–50 characters (户主姓名); personal data." })
  @TrimmedLength(1, 50)
  headName: string;

  @Field(() => String, { nullable: true, description: 'Contact phone: a mobile or a landline with area code (联系电话); personal data.' })
  @IsOptionalText()
  @IsMobileOrLandline()
  phone?: string | null;

  @Field({ description: 'Address, 1–200 characters (住址); personal data.' })
  @TrimmedLength(1, 200)
  address: string;

  @Field(() => [DifficultyCategory], { defaultValue: [], description: 'Why it counts as in difficulty; empty for none (困难类别).' })
  @ArrayMaxSize(8, { message: 'categories may hold at most 8 categories' })
  categories: DifficultyCategory[];

  @Field(() => Int, { nullable: true, description: 'How many people live in it, 1–30 (家庭人口).' })
  @IsOptional()
  @NumberRange(1, 30)
  memberCount?: number | null;

  @Field(() => String, { nullable: true, description: "Grid staff's note, up to 500 characters (情况备注)." })
  @IsOptionalText()
  @TrimmedLength(0, 500)
  note?: string | null;

  @Field(() => DateScalar, { description: 'Day it was put on the register, not in the future (登记日期).' })
  @NotInFuture()
  registeredOn: string;
}
