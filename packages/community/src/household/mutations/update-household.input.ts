import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsMobileOrLandline, IsOptionalText, NumberRange, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';
import { DifficultyCategory } from '../difficulty-category.enum';

@InputType('UpdateHouseholdInput', {
  description: 'Changes to a household: omitted fields stay as they are, null clears an optional one (修改住户信息).',
})
export class UpdateHouseholdInput extends VersionedInput {
  @Field(() => ID, { description: 'The household to change (住户编号).' })
  id: string;

  @Field(() => String, { nullable: true, description: "New head of household's name, 1–50 characters (户主姓名)." })
  @ValidateIfGiven()
  @TrimmedLength(1, 50)
  headName?: string;

  @Field(() => String, { nullable: true, description: 'New contact phone; null or blank clears it (联系电话).' })
  @IsOptionalText()
  @IsMobileOrLandline()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'New address, 1–200 characters (住址).' })
  @ValidateIfGiven()
  @TrimmedLength(1, 200)
  address?: string;

  @Field(() => [DifficultyCategory], {
    nullable: true,
    description: 'The categories now; an empty list when it is no longer in difficulty (困难类别).',
  })
  @ValidateIfGiven()
  @ArrayMaxSize(8, { message: 'categories may hold at most 8 categories' })
  categories?: DifficultyCategory[];

  @Field(() => Int, { nullable: true, description: 'How many people live in it now, 1–30; null clears it (家庭人口).' })
  @IsOptional()
  @NumberRange(1, 30)
  memberCount?: number | null;

  @Field(() => String, { nullable: true, description: 'New note, up to 500 characters; null or blank clears it (情况备注).' })
  @IsOptionalText()
  @TrimmedLength(0, 500)
  note?: string | null;
}
