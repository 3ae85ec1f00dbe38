/** The most a single GraphQL document may ask for; each is checked before any subgraph is called. */
export interface DocumentLimits {
  /** Nesting of fields, the root field counting as 1. */
  maxDepth: number;
  /** Aliased fields in the operation and the fragments it uses. */
  maxAliases: number;
  /** Fields selected at the root of the operation. */
  maxRootFields: number;
  /** Lexical tokens of the whole document (enforced by the parser, which stops there). */
  maxTokens: number;
  /** Estimated objects resolved: list fields weigh their `first` (or the default page size). */
  maxCost: number;
}

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxRootFields: 20,
  maxTokens: 5000,
  maxCost: 10000,
};
