import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import type { WorkspaceContext } from '../loaders';
import { OWNER_UNIT_DESCRIPTION } from '../shared/owned-record.type';
import { readableRecord } from '../shared/record-access';
import { RecordPageArgs } from '../shared/record-list.args';
import { listRecords } from '../shared/record-list';
import { SavedQueryOrder } from './saved-query-order';
import { SavedQueryConnection } from './saved-query.connection';
import type { SavedQueryEntity } from './saved-query.entity';
import { SAVED_QUERY, SAVED_QUERY_ALIAS } from './saved-query.kind';
import { SavedQuery } from './saved-query.type';

const WHO_READS =
  'Staff of the owner unit and of every unit below it (ORG_ADMIN, OPERATOR, PROPAGANDA), and ADMIN and ANALYST everywhere; VOLUNTEER none; UNAUTHENTICATED without a token.';

@Resolver(() => SavedQuery)
export class SavedQueryResolver {
  @Query(() => SavedQueryConnection, { description: `Saved queries the caller may read, paginated (分析查询列表). ${WHO_READS}` })
  savedQueries(
    @Args() page: RecordPageArgs,
    @Arg('orderBy', () => SavedQueryOrder, { nullable: true, description: 'How to sort; omit for the most recently changed first (排序).' })
    orderBy: SavedQueryOrder | null,
    @Ctx() ctx: WorkspaceContext,
  ) {
    return listRecords(SAVED_QUERY, ctx, SAVED_QUERY_ALIAS, { ...page, orderBy });
  }

  @Query(() => SavedQuery, {
    nullable: true,
    description: `One saved query by id (按编号查询分析查询); null when there is none or the caller may not read it. ${WHO_READS}`,
  })
  savedQuery(@Arg('id', () => ID, { description: 'Saved query id (查询编号).' }) id: string, @Ctx() ctx: WorkspaceContext) {
    return readableRecord(SAVED_QUERY, ctx, id);
  }

  @FieldResolver(() => OrgUnitStub, { nullable: true, description: OWNER_UNIT_DESCRIPTION })
  ownerUnit(@Root() query: SavedQueryEntity): OrgUnitStub | null {
    return query.ownerUnitId === null ? null : { id: String(query.ownerUnitId) };
  }
}
