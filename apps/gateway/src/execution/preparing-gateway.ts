import {
  ExecutorWrappingGateway,
  type ExecutionResult,
  type Executor,
  type RequestContext,
  type SchemaListener,
} from './executor-wrapping-gateway';
import { parseKnownScalars } from './known-scalars';
import { prepareOperation } from './prepared-operation';
import { restoreTypenameAliases } from './typename-aliases';
import { variableErrors } from './variable-errors';

/**
 * What the gateway does to every operation before either executor (SingleFetchGateway's shortcut
 * or Apollo's) sees it, so that both answer the same and neither meets input it fails on with a
 * 500: custom scalars parsed as the subgraphs parse them (parseKnownScalars), the variables
 * checked (variableErrors), the operation alone with its fragments and fields aliased `__typename`
 * renamed (prepareOperation), their key given back in the answer.
 */
export class PreparingGateway extends ExecutorWrappingGateway {
  override onSchemaLoadOrUpdate(listener: SchemaListener): () => void {
    return this.inner.onSchemaLoadOrUpdate((schemaContext) =>
      listener({ ...schemaContext, apiSchema: parseKnownScalars(schemaContext.apiSchema) }),
    );
  }

  protected async execute(requestContext: RequestContext, executor: Executor): Promise<ExecutionResult> {
    const { document, operation, typenameAlias } = prepareOperation(requestContext.document, requestContext.operation);
    const errors = variableErrors(requestContext.schema, document, operation, requestContext.request.variables ?? {});
    if (errors.length > 0) return { errors };
    const result = await executor({ ...requestContext, document, operation });
    return typenameAlias ? restoreTypenameAliases(result, typenameAlias) : result;
  }
}
