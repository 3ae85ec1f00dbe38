/** Resolving a reference to an entity this subgraph only extends needs no lookup: the key is all it stores. */
export const keyReference = {
  __resolveReference: (reference: { id: string }): { id: string } => ({ id: String(reference.id) }),
};
