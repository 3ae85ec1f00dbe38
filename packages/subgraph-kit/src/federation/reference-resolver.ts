import type DataLoader from 'dataloader';
import type { SubgraphContext } from '../context/request-context';

/**
 * `__resolveReference` for an entity keyed by `id`: every representation in one `_entities` call
 * goes through the same DataLoader, so N representations cost one SQL statement.
 */
export function referenceById<TLoaders, TNode>(pickLoader: (loaders: TLoaders) => DataLoader<string, TNode | null>) {
  return {
    __resolveReference: (reference: { id: string }, context: SubgraphContext<TLoaders>) =>
      pickLoader(context.loaders).load(String(reference.id)),
  };
}
