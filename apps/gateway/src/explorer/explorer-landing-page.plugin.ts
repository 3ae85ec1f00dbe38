import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { explorerPage, type ExplorerConfig } from './explorer-page';

/**
 * Apollo Server answers a GET /graphql that prefers HTML (a browser) with its landing page, before
 * any context or auth; this makes that page our offline explorer instead of Apollo's default, which
 * loads Apollo Sandbox from a CDN. GraphQL GETs and POSTs to /graphql are untouched.
 */
export function explorerLandingPagePlugin<TContext extends BaseContext>(config: ExplorerConfig): ApolloServerPlugin<TContext> {
  const html = explorerPage(config);
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
