import type { ApolloGateway } from '@apollo/gateway';
import { parseKnownScalars } from './known-scalars';
import { prepareOperation } from './prepared-operation';
import { restoreTypenameAliases } from './typename-aliases';
import { variableErrors } from './variable-errors';

/** Apollo's gateway, or one in front of it (SingleFetchGateway). */
type Gateway = Pick<ApolloGateway, 'load' | 'onSchemaLoadOrUpdate' | 'stop'>;
type LoadOptions = Parameters<ApolloGateway['load']>[0];
type LoadResult = Awaited<ReturnType<ApolloGateway['load']>>;
type SchemaListener = Parameters<ApolloGateway['onSchemaLoadOrUpdate']>[0];
type Executor = NonNullable<LoadResult['executor']>;
type RequestContext = Parameters<Executor>[0];
type ExecutionResult = Awaited<ReturnType<Executor>>;

/**
 * What the gateway does to every operation before either executor (SingleFetchGateway's shortcut
 * or Apollo's) sees it, so that both answer the same and neither meets input it fails on with a
 * 500: custom scalars parsed as the subgraphs parse them (parseKnownScalars), the variables
 * checked (variableErrors), the operation alone with its fragments and fields aliased `__typename`
 * renamed (prepareOperation), their key given back in the answer.
 */
export class PreparingGateway {
  constructor(private readonly gateway: Gateway) {}

  onSchemaLoadOrUpdate(listener: SchemaListener): () => void {
    return this.gateway.onSchemaLoadOrUpdate((schemaContext) => listener({ ...schemaContext, apiSchema: parseKnownScalars(schemaContext.apiSchema) }));
  }

  async load(options?: LoadOptions): Promise<LoadResult> {
    const loaded = await this.gateway.load(options);
    const executor = loaded.executor;
    if (!executor) return loaded;
    return { ...loaded, executor: (requestContext) => this.execute(requestContext, executor) };
  }

  stop(): Promise<void> {
    return this.gateway.stop();
  }

  private async execute(requestContext: RequestContext, executor: Executor): Promise<ExecutionResult> {
    const { document, operation, typenameAlias } = prepareOperation(requestContext.document, requestContext.operation);
    const errors = variableErrors(requestContext.schema, document, operation, requestContext.request.variables ?? {});
    if (errors.length > 0) return { errors };
    const result = await executor({ ...requestContext, document, operation });
    return typenameAlias ? restoreTypenameAliases(result, typenameAlias) : result;
  }
}
