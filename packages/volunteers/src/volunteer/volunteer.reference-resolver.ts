import { tryParseId, type SubgraphContext } from '@civic/subgraph-kit';
import type { VolunteersLoaders } from '../loaders';
import { assertMayReadVolunteer } from './volunteer-access';

/** Volunteers reached from other subgraphs (event volunteers, enrollments) obey the same read rules. */
export const volunteerReference = {
  __resolveReference: (reference: { id: string }, context: SubgraphContext<VolunteersLoaders>) => {
    const id = tryParseId(String(reference.id));
    if (id === null) return null;
    assertMayReadVolunteer(context.access, id);
    return context.loaders.volunteerById.load(String(id));
  },
};
