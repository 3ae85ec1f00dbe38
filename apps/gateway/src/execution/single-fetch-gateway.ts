import { buildOperationContext, executeQueryPlan, type ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { Counter } from '@civic/runtime';
import {
  ExecutorWrappingGateway,
  type ExecutionResult,
  type Executor,
  type LoadOptions,
  type LoadResult,
  type RequestContext,
} from './executor-wrapping-gateway';
import { SingleFetchPlans, type ForwardableOperation } from './single-fetch-plans';

type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * Apollo's gateway, with a shorter way through for operations one subgraph answers as they stand
 * (see SingleFetchPlans): behind PreparingGateway, which has checked the variables, the fetch
 * goes out through the same data source, and an answer without errors is the result. Anything else
 * (an error in the answer, a failed fetch) is handed to Apollo's executeQueryPlan with that answer,
 * so errors, their paths and partial data come out exactly as Apollo words them; every other
 * operation goes through Apollo's executor untouched.
 */
export class SingleFetchGateway extends ExecutorWrappingGateway {
  private plans?: SingleFetchPlans;

  constructor(
    gateway: ApolloGateway,
    private readonly dataSources: ReadonlyMap<string, GraphQLDataSource>,
    private readonly forwarded: Counter<'subgraph'>,
  ) {
    super(gateway);
  }

  override load(options?: LoadOptions): Promise<LoadResult> {
    this.inner.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
      this.plans = new SingleFetchPlans(coreSupergraphSdl);
    });
    return super.load(options);
  }

  protected async execute(requestContext: RequestContext, apolloExecutor: Executor): Promise<ExecutionResult> {
    const plans = this.plans;
    const forward = plans?.forwardable(requestContext.document, requestContext.operation);
    const source = forward && this.dataSources.get(forward.fetch.serviceName);
    if (!plans || !forward || !source || wantsApolloExtras(requestContext)) return apolloExecutor(requestContext);

    this.forwarded.inc({ subgraph: forward.fetch.serviceName });
    let answer: () => SubgraphResponse;
    try {
      const response = await source.process({
        kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
        request: {
          query: forward.fetch.operation,
          variables: variablesFor(forward, requestContext),
          operationName: forward.fetch.operationName,
        },
        incomingRequestContext: requestContext,
        context: requestContext.context,
        document: forward.fetch.operationDocumentNode,
        pathInIncomingRequest: [],
      });
      if (!response.errors && isObject(response.data)) return { data: response.data };
      answer = () => response;
    } catch (err) {
      answer = () => {
        throw err;
      };
    }
    const replay = { process: () => Promise.resolve().then(answer) };
    const operationContext = buildOperationContext({
      schema: requestContext.schema,
      operationDocument: requestContext.document,
      operationName: requestContext.request.operationName,
    });
    return executeQueryPlan(
      forward.plan,
      { [forward.fetch.serviceName]: replay },
      requestContext,
      operationContext,
      plans.supergraphSchema,
      plans.apiSchema,
    );
  }
}

/** The variables the fetch uses, as given (Apollo's executor sends the client's values, not coerced ones). */
function variablesFor({ fetch }: ForwardableOperation, requestContext: RequestContext): Record<string, unknown> {
  const given = requestContext.request.variables;
  const variables: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  if (!given) return variables;
  for (const name of fetch.variableUsages ?? []) {
    if (Object.hasOwn(given, name) && given[name] !== undefined) variables[name] = given[name];
  }
  return variables;
}

/** Usage-report traces and the query plan shown on request are Apollo's executor's to give. */
function wantsApolloExtras(requestContext: RequestContext): boolean {
  return (
    Boolean(requestContext.metrics.captureTraces) || Boolean(requestContext.request.http?.headers.get('apollo-query-plan-experimental'))
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
