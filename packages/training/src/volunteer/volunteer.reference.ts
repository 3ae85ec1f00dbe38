import type { VolunteerRef } from './volunteer.ref';

/** A Volunteer reference needs no lookup here: the key is all this subgraph stores of it. */
export const volunteerRefReference = {
  __resolveReference: (reference: { id: string }): VolunteerRef => ({ id: String(reference.id) }),
};
