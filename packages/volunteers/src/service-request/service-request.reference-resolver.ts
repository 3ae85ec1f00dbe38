import { tryParseId, type SubgraphContext } from '@civic/subgraph-kit';
import type { VolunteersLoaders } from '../loaders';

/** Service orders reached from other subgraphs (the grid visit an order was taken down on) obey the same read rule: a token. */
export const serviceRequestReference = {
  __resolveReference: (reference: { id: string }, context: SubgraphContext<VolunteersLoaders>) => {
    const id = tryParseId(String(reference.id));
    if (id === null) return null;
    context.access.requireSignedIn('service orders');
    return context.loaders.serviceRequestById.load(String(id));
  },
};
