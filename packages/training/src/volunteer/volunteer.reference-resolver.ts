import type { VolunteerStub } from './volunteer.stub';

/** A Volunteer reference needs no lookup here: the key is all this subgraph stores of it. */
export const volunteerStubReference = {
  __resolveReference: (reference: { id: string }): VolunteerStub => ({ id: String(reference.id) }),
};
