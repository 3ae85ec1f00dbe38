import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden } from '@civic/runtime';
import { PageArgsType, type Connection } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../loaders';
import { PointsAccount } from './points-account.type';
import { PointsEntryFilter } from './points-entry-filter.input';
import { PointsEntryConnection } from './points-entry.connection';
import type { PointsEntryEntity } from './points-entry.entity';
import { PointsEntryOrder, pointsEntryOrdering } from './points-entry-order';
import { entryFilterKey } from './points.loader';

@Resolver(() => PointsAccount)
export class PointsAccountResolver {
  @FieldResolver(() => PointsEntryConnection, {
    description:
      'The ledger: every movement of the balance, latest first unless sorted otherwise, paginated (积分明细). Not for ANALYST, who reads the figures only.',
  })
  entries(
    @Root() account: PointsAccount,
    @Arg('filter', () => PointsEntryFilter, { nullable: true, description: 'Conditions; omit for every entry (筛选条件).' })
    filter: PointsEntryFilter | null,
    @Arg('orderBy', () => PointsEntryOrder, { nullable: true, description: 'How to sort; omit for latest first (排序).' })
    orderBy: PointsEntryOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: VolunteersContext,
  ): Promise<Connection<PointsEntryEntity>> {
    if (account.figuresOnly) throw forbidden('the ledger of a volunteer’s points is for the volunteer and for staff of its subtree');
    return ctx.loaders.pointsEntryPages.load({
      parentId: account.volunteerId,
      page,
      filter: entryFilterKey(filter),
      ordering: pointsEntryOrdering(orderBy),
    });
  }
}
