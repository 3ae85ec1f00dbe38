import { ArgsType, Field } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotBefore } from '../validation';
import type { Period } from './period';

/** `from` / `to`: the period a figure covers, China calendar days, both included. */
@ArgsType()
export class PeriodArgs implements Period {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day counted, YYYY-MM-DD, China time; omit for no lower bound (起始日期).',
  })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day counted, YYYY-MM-DD, China time; omit for no upper bound (截止日期).' })
  @NotBefore('from')
  to?: string | null;
}
