import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { WorkspaceContext } from '../../loaders';
import { EXPECTED_VERSION_ARG, STALE } from '../../shared/mutation-args';
import { SavedQuery } from '../saved-query.type';
import { CreateSavedQueryInput } from './create-saved-query.input';
import { createSavedQuery, deleteSavedQuery, updateSavedQuery } from './saved-query-edits';
import { UpdateSavedQueryInput } from './update-saved-query.input';

const WHO =
  'ADMIN any query; ANALYST those saved without an org unit; ORG_ADMIN, OPERATOR and PROPAGANDA the queries of their own unit (one of a unit above theirs is read-only to them); NOT_FOUND for a query the caller cannot read.';
const idArg = { description: 'The saved query (查询编号).' };

@Resolver(() => SavedQuery)
export class SavedQueryMutationResolver {
  @Mutation(() => SavedQuery, {
    description:
      "Saves a GraphQL operation to run again and share (保存分析查询); it belongs to the caller's org unit (none for ADMIN and ANALYST). ADMIN, ORG_ADMIN, OPERATOR, PROPAGANDA and ANALYST.",
  })
  createSavedQuery(@Arg('input', () => CreateSavedQueryInput, INPUT_ARG) input: CreateSavedQueryInput, @Ctx() ctx: WorkspaceContext) {
    return createSavedQuery(ctx, input);
  }

  @Mutation(() => SavedQuery, { description: `Changes a saved query (修改分析查询). ${WHO} ${STALE}` })
  updateSavedQuery(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('input', () => UpdateSavedQueryInput, INPUT_ARG) input: UpdateSavedQueryInput,
    @Ctx() ctx: WorkspaceContext,
  ) {
    return updateSavedQuery(ctx, id, input);
  }

  @Mutation(() => ID, { description: `Deletes a saved query; answers its id (删除分析查询). ${WHO} ${STALE}` })
  deleteSavedQuery(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('expectedVersion', () => Int, EXPECTED_VERSION_ARG) expectedVersion: number,
    @Ctx() ctx: WorkspaceContext,
  ) {
    return deleteSavedQuery(ctx, id, expectedVersion);
  }
}
