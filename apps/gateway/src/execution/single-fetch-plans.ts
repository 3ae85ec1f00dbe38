import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type QueryPlan } from '@apollo/query-planner';
import { Kind, parse, print, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

/** A client operation whose query plan is one fetch that asks the subgraph exactly what the client asked. */
export interface ForwardableOperation {
  plan: QueryPlan;
  fetch: FetchNode;
}

/**
 * Which operations one subgraph answers as they stand. For those, the subgraph's answer (without
 * errors) is already the answer Apollo's executor would shape from it: the same fields in the same
 * order under the same names, null propagation done by the subgraph against types at least as
 * strict as the API's, leaf values from the same enums. Apollo's executor still rebuilds its own
 * operation model and walks the result for each request, which was most of what the gateway added
 * to the cheapest operations.
 *
 * Planned with the same planner and supergraph as the gateway (Apollo's defaults), once per parsed
 * operation: Apollo Server hands the same OperationDefinitionNode for a cached document, and the
 * entry goes with the document when its store lets it go.
 */
export class SingleFetchPlans {
  readonly apiSchema: Schema;
  /** The supergraph as a graphql-js schema, as Apollo's executeQueryPlan wants it. */
  readonly supergraphSchema: GraphQLSchema;
  private readonly planner: QueryPlanner;
  /** With @inaccessible in the supergraph a subgraph can return enum values the API hides, which Apollo's shaping nulls. */
  private readonly enabled: boolean;
  private readonly known = new WeakMap<OperationDefinitionNode, ForwardableOperation | null>();

  constructor(supergraphSdl: string) {
    const supergraph = Supergraph.build(supergraphSdl);
    this.apiSchema = supergraph.apiSchema();
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(supergraph);
    this.enabled = !/specs\.apollo\.dev\/inaccessible\//.test(supergraphSdl);
  }

  forwardable(document: DocumentNode, operation: OperationDefinitionNode): ForwardableOperation | null {
    let known = this.known.get(operation);
    if (known === undefined) {
      known = this.enabled ? this.analyse(document, operation) : null;
      this.known.set(operation, known);
    }
    return known;
  }

  private analyse(document: DocumentNode, operation: OperationDefinitionNode): ForwardableOperation | null {
    let plan: QueryPlan;
    try {
      plan = this.planner.buildQueryPlan(operationFromDocument(this.apiSchema, document, { operationName: operation.name?.value }));
    } catch {
      return null; // Apollo's executor plans it again and answers with the error
    }
    const fetch = plan.node;
    if (
      fetch?.kind !== 'Fetch' ||
      fetch.requires ||
      fetch.inputRewrites?.length ||
      fetch.outputRewrites?.length ||
      fetch.contextRewrites?.length
    )
      return null;
    return asksTheSame(fetch.operation, operation) ? { plan, fetch } : null;
  }
}

/** The fetch's operation is the client's, but for its name: no fragment inlined, field merged, __typename added or introspection left out. */
function asksTheSame(fetchOperation: string, clientOperation: OperationDefinitionNode): boolean {
  const fetched = parse(fetchOperation).definitions;
  if (fetched.length !== 1 || fetched[0]?.kind !== Kind.OPERATION_DEFINITION) return false;
  return print({ ...fetched[0], name: undefined }) === print({ ...clientOperation, name: undefined });
}
