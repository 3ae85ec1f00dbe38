import { Field, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotBefore } from '@civic/subgraph-kit';
import { PointsEntryKind } from './points-entry-kind.enum';

@InputType('PointsEntryFilter', { description: 'Which ledger entries to list; all given conditions must hold (积分明细筛选).' })
export class PointsEntryFilter {
  @Field(() => [PointsEntryKind], { nullable: true, description: 'Only entries of these kinds; omit for all (变动类型).' })
  kinds?: PointsEntryKind[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only entries booked on or after this China day, YYYY-MM-DD (起始日期).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only entries booked on or before this China day, YYYY-MM-DD (截止日期).' })
  @NotBefore('from')
  to?: string | null;
}
