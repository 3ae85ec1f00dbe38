import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { WorkspaceContext } from '../../loaders';
import { EXPECTED_VERSION_ARG, STALE } from '../../shared/mutation-args';
import { SavedView } from '../saved-view.type';
import { CreateSavedViewInput } from './create-saved-view.input';
import { createSavedView, deleteSavedView, shareSavedView, unshareSavedView, updateSavedView } from './saved-view-edits';
import { UpdateSavedViewInput } from './update-saved-view.input';

const WHO =
  'ADMIN any view; ORG_ADMIN and PROPAGANDA the views of their own unit (a view of a unit above theirs is read-only to them); NOT_FOUND for a view the caller cannot read.';
const idArg = { description: 'The saved view (看板编号).' };

@Resolver(() => SavedView)
export class SavedViewMutationResolver {
  @Mutation(() => SavedView, {
    description: "Saves a new view (保存看板); it belongs to the caller's org unit (none for ADMIN). ADMIN, ORG_ADMIN and PROPAGANDA.",
  })
  createSavedView(@Arg('input', () => CreateSavedViewInput, INPUT_ARG) input: CreateSavedViewInput, @Ctx() ctx: WorkspaceContext) {
    return createSavedView(ctx, input);
  }

  @Mutation(() => SavedView, { description: `Changes a view's name, description or definition (修改看板). ${WHO} ${STALE}` })
  updateSavedView(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('input', () => UpdateSavedViewInput, INPUT_ARG) input: UpdateSavedViewInput,
    @Ctx() ctx: WorkspaceContext,
  ) {
    return updateSavedView(ctx, id, input);
  }

  @Mutation(() => ID, { description: `Deletes a view and its public link; answers its id (删除看板). ${WHO} ${STALE}` })
  deleteSavedView(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('expectedVersion', () => Int, EXPECTED_VERSION_ARG) expectedVersion: number,
    @Ctx() ctx: WorkspaceContext,
  ) {
    return deleteSavedView(ctx, id, expectedVersion);
  }

  @Mutation(() => SavedView, {
    description: `Shares a view as a read-only public link (分享看板): \`shareKey\` is then the link's key, which \`publicView\` reads without a token. A view already shared keeps its key. ${WHO} ${STALE}`,
  })
  shareSavedView(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('expectedVersion', () => Int, EXPECTED_VERSION_ARG) expectedVersion: number,
    @Ctx() ctx: WorkspaceContext,
  ) {
    return shareSavedView(ctx, id, expectedVersion);
  }

  @Mutation(() => SavedView, {
    description: `Revokes a view's public link (取消分享): its key finds nothing from then on. ${WHO} ${STALE}`,
  })
  unshareSavedView(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('expectedVersion', () => Int, EXPECTED_VERSION_ARG) expectedVersion: number,
    @Ctx() ctx: WorkspaceContext,
  ) {
    return unshareSavedView(ctx, id, expectedVersion);
  }
}
