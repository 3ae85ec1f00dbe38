import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import type { WorkspaceContext } from '../loaders';
import { OWNER_UNIT_DESCRIPTION } from '../shared/owned-record.type';
import { mayEdit, readableRecord } from '../shared/record-access';
import { RecordPageArgs } from '../shared/record-list.args';
import { listRecords } from '../shared/record-list';
import { PublicView } from './public-view.type';
import { publicViewByShareKey } from './public-view.queries';
import { SavedViewOrder } from './saved-view-order';
import { SavedViewConnection } from './saved-view.connection';
import type { SavedViewEntity } from './saved-view.entity';
import { SAVED_VIEW, SAVED_VIEW_ALIAS } from './saved-view.kind';
import { SavedView } from './saved-view.type';

const WHO_READS =
  'Staff of the owner unit and of every unit below it (ORG_ADMIN, OPERATOR, PROPAGANDA), and ADMIN and ANALYST everywhere; VOLUNTEER none; UNAUTHENTICATED without a token.';

@Resolver(() => SavedView)
export class SavedViewResolver {
  @Query(() => SavedViewConnection, { description: `Saved views the caller may read, paginated (看板列表). ${WHO_READS}` })
  savedViews(
    @Args() page: RecordPageArgs,
    @Arg('orderBy', () => SavedViewOrder, { nullable: true, description: 'How to sort; omit for the most recently changed first (排序).' })
    orderBy: SavedViewOrder | null,
    @Ctx() ctx: WorkspaceContext,
  ) {
    return listRecords(SAVED_VIEW, ctx, SAVED_VIEW_ALIAS, { ...page, orderBy });
  }

  @Query(() => SavedView, {
    nullable: true,
    description: `One saved view by id (按编号查询看板); null when there is none or the caller may not read it. ${WHO_READS}`,
  })
  savedView(@Arg('id', () => ID, { description: 'Saved view id (看板编号).' }) id: string, @Ctx() ctx: WorkspaceContext) {
    return readableRecord(SAVED_VIEW, ctx, id);
  }

  @Query(() => PublicView, {
    nullable: true,
    description:
      "A shared view by its public link's key, for anyone, also without a token (公开看板): what a wall screen (大屏) shows; null for a key that is unknown or was revoked.",
  })
  publicView(
    @Arg('shareKey', { description: "The key from the view's public link (分享密钥)." }) shareKey: string,
    @Ctx() ctx: WorkspaceContext,
  ) {
    return publicViewByShareKey(ctx.db, shareKey);
  }

  @FieldResolver(() => OrgUnitStub, { nullable: true, description: OWNER_UNIT_DESCRIPTION })
  ownerUnit(@Root() view: SavedViewEntity): OrgUnitStub | null {
    return view.ownerUnitId === null ? null : { id: String(view.ownerUnitId) };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The key of the view's public read-only link, shown only to callers who may edit the view; null when it is not shared (分享密钥).",
  })
  async shareKey(@Root() view: SavedViewEntity, @Ctx() ctx: WorkspaceContext): Promise<string | null> {
    return view.shareKey !== null && (await mayEdit(SAVED_VIEW, ctx, view)) ? view.shareKey : null;
  }
}
