import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { gatewayError } from '../errors/gateway-errors';
import type { TrustedManifest } from './trusted-manifest';

const NOT_TRUSTED_MESSAGE = 'this gateway only runs trusted documents, and this one is not in its manifest';

/**
 * Trusted-documents mode: a document runs only if its hash is in the manifest, whether the client
 * sent the hash alone or the full text. An unknown hash is answered NOT_TRUSTED rather than
 * Apollo's PersistedQueryNotFound, which would invite the client to send (register) the text.
 */
export function trustedDocumentsPlugin(manifest: TrustedManifest): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash }) {
          if (!manifest.has(queryHash)) throw gatewayError('PERSISTED_QUERY_NOT_TRUSTED', NOT_TRUSTED_MESSAGE, { status: 400 });
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { singleResult } = response.body;
          if (!singleResult.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) return;
          singleResult.errors = singleResult.errors.map((e) =>
            e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND'
              ? { message: NOT_TRUSTED_MESSAGE, extensions: { ...e.extensions, code: 'PERSISTED_QUERY_NOT_TRUSTED' } }
              : e,
          );
          response.http.status = 400;
        },
      };
    },
  };
}
