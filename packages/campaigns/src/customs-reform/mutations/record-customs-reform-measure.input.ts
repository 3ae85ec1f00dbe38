import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { IsOptionalText, NotInFuture, TrimmedLength } from '@civic/subgraph-kit';
import { CustomsReformMeasureKind } from '../customs-reform-measure-kind.enum';

@InputType('RecordCustomsReformMeasureInput', {
  description: 'A customs-reform measure a village or community adopted (登记移风易俗举措).',
})
export class RecordCustomsReformMeasureInput {
  @Field(() => ID, { description: "The village or community station; must be inside the caller's subtree (实践站)." })
  orgUnitId: string;

  @Field(() => CustomsReformMeasureKind, { description: 'Which measure (举措类型); each at most once per station.' })
  kind: CustomsReformMeasureKind;

  @Field(() => DateScalar, { description: 'When it was adopted, YYYY-MM-DD, not in the future (完成日期).' })
  @NotInFuture()
  adoptedOn: string;

  @Field(() => String, { nullable: true, description: 'A note, up to 500 characters (备注).' })
  @IsOptionalText()
  @TrimmedLength(0, 500)
  note?: string | null;
}
