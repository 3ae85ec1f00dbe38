import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import { getOperationAST } from 'graphql';
import type { Logger } from 'pino';
import type { ServiceMetrics } from './service-metrics';

/**
 * Measures every GraphQL operation (count, duration, outcome, error codes) and writes one `info`
 * line per operation: operation name and type, duration, outcome and error codes, through the
 * request's logger from the context (which carries the request id). An operation that fails validation is still named when its document parses.
 */
export function operationObserverPlugin<TContext extends BaseContext & { log?: Logger }>(
  metrics: ServiceMetrics,
  logger: Logger,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      const codes: string[] = [];
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            codes.push(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
          }
        },
        async willSendResponse(requestContext) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const { name, type } = describeOperation(requestContext);
          const label = metrics.operationLabel(name);
          const { body } = requestContext.response;
          const errorsInResult = body.kind === 'single' ? (body.singleResult.errors?.length ?? 0) : 0;
          const outcome = codes.length > 0 || errorsInResult > 0 ? 'error' : 'ok';
          metrics.operations.inc({ operation: label, type, outcome });
          metrics.operationDuration.observe({ operation: label, type }, seconds);
          for (const code of codes) metrics.errors.inc({ code });
          (requestContext.contextValue.log ?? logger).info(
            { operation: label, type, outcome, durationMs: Math.round(seconds * 1000), ...(codes.length ? { errorCodes: codes } : {}) },
            'graphql operation',
          );
        },
      };
    },
  };
}

function describeOperation<TContext extends BaseContext>(ctx: GraphQLRequestContext<TContext>): { name: string | undefined; type: string } {
  if (ctx.operation) return { name: ctx.operationName ?? ctx.operation.name?.value, type: ctx.operation.operation };
  const operation = ctx.document ? getOperationAST(ctx.document, ctx.request.operationName) : null;
  return { name: operation?.name?.value ?? ctx.request.operationName, type: operation?.operation ?? 'unknown' };
}
