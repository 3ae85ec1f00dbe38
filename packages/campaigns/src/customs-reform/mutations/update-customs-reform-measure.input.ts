import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { IsOptionalText, NotInFuture, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';

@InputType('UpdateCustomsReformMeasureInput', {
  description: 'Changes to a customs-reform measure; omitted fields stay as they are (修改移风易俗举措).',
})
export class UpdateCustomsReformMeasureInput extends VersionedInput {
  @Field(() => ID, { description: 'The measure (举措编号).' })
  id: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it was adopted, YYYY-MM-DD, not in the future (完成日期).' })
  @ValidateIfGiven()
  @NotInFuture()
  adoptedOn?: string;

  @Field(() => String, { nullable: true, description: 'A note, up to 500 characters; null or blank clears it (备注).' })
  @IsOptionalText()
  @TrimmedLength(0, 500)
  note?: string | null;
}
