import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

interface Noted {
  message: string;
  error: unknown;
}

/**
 * The errors a service hid from its client (a bug, a database outage), logged in full with the id of
 * the request they happened in. Apollo's `formatError`, which decides what the client sees, is not
 * given the request; its plugins are. So the formatter notes what it hid (`note`), and the plugin
 * logs it when the response goes out, with the request id from the context. (Errors noted while the
 * context itself was being made never reach a plugin: `createHttpHandler` logs those.)
 */
export class MaskedErrorLog {
  private readonly noted = new WeakMap<GraphQLFormattedError, Noted>();

  /** Remembers why `shown` replaced `error`, and answers `shown`. */
  note(shown: GraphQLFormattedError, message: string, error: unknown): GraphQLFormattedError {
    this.noted.set(shown, { message, error });
    return shown;
  }

  /** `replacement` is what the client sees instead of `shown` (a further reshaping of it): log it as `shown` would have been. */
  carry(shown: GraphQLFormattedError, replacement: GraphQLFormattedError): GraphQLFormattedError {
    const entry = this.noted.get(shown);
    if (entry) this.noted.set(replacement, entry);
    return replacement;
  }

  plugin<TContext extends BaseContext & { log?: Logger }>(logger: Logger): ApolloServerPlugin<TContext> {
    const noted = this.noted;
    return {
      async requestDidStart() {
        return {
          async willSendResponse({ response, contextValue }) {
            if (response.body.kind !== 'single') return;
            for (const shown of response.body.singleResult.errors ?? []) {
              const entry = noted.get(shown);
              if (entry) (contextValue.log ?? logger).error({ err: entry.error }, entry.message);
            }
          },
        };
      },
    };
  }
}
