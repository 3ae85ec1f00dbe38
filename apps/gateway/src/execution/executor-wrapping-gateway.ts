import type { ApolloGateway } from '@apollo/gateway';

/** What Apollo Server needs of a gateway: Apollo's own, or one wrapping it. */
export type Gateway = Pick<ApolloGateway, 'load' | 'onSchemaLoadOrUpdate' | 'stop'>;
export type LoadOptions = Parameters<ApolloGateway['load']>[0];
export type LoadResult = Awaited<ReturnType<ApolloGateway['load']>>;
export type SchemaListener = Parameters<ApolloGateway['onSchemaLoadOrUpdate']>[0];
export type Executor = NonNullable<LoadResult['executor']>;
export type RequestContext = Parameters<Executor>[0];
export type ExecutionResult = Awaited<ReturnType<Executor>>;

/**
 * A gateway in front of another: every operation goes to `execute` with the inner gateway's
 * executor; schema updates and stopping pass through unless a subclass says otherwise.
 */
export abstract class ExecutorWrappingGateway {
  constructor(protected readonly inner: Gateway) {}

  onSchemaLoadOrUpdate(listener: SchemaListener): () => void {
    return this.inner.onSchemaLoadOrUpdate(listener);
  }

  async load(options?: LoadOptions): Promise<LoadResult> {
    const loaded = await this.inner.load(options);
    const executor = loaded.executor;
    if (!executor) return loaded;
    return { ...loaded, executor: (requestContext) => this.execute(requestContext, executor) };
  }

  stop(): Promise<void> {
    return this.inner.stop();
  }

  protected abstract execute(requestContext: RequestContext, executor: Executor): Promise<ExecutionResult>;
}
