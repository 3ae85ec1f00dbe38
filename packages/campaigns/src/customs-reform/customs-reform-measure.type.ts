import { Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { DateScalar } from '@civic/runtime';
import { CustomsReformMeasureKind } from './customs-reform-measure-kind.enum';

@ObjectType('CustomsReformMeasure', {
  description: 'A customs-reform measure a village or community adopted, with its date (移风易俗举措).',
})
export class CustomsReformMeasure {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => CustomsReformMeasureKind, { description: 'Which measure (举措类型).' })
  kind: CustomsReformMeasureKind;

  @Field(() => DateScalar, { description: 'When it was adopted, YYYY-MM-DD (完成日期).' })
  adoptedOn: string;

  @Field(() => String, { nullable: true, description: 'A note, e.g. what the rules now say about banquets (备注).' })
  note: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day it was revoked, YYYY-MM-DD: from that day it no longer counts; null while in force (撤销日期).',
  })
  revokedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked (撤销原因).' })
  revokeReason: string | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;
}
