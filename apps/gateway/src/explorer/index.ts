import type { Route } from '@civic/runtime';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { IntrospectionPolicy } from '../introspection/introspection-policy';
import { explorerLandingPagePlugin } from './explorer-landing-page.plugin';
import { EXAMPLES_PATH, explorerRoutes } from './explorer-routes';

/** The offline explorer: its landing-page plugin for GET /graphql (HTML) and the routes of its files. */
export function createExplorer<TContext extends BaseContext>(options: {
  introspection: IntrospectionPolicy;
}): {
  plugin: ApolloServerPlugin<TContext>;
  routes: Record<string, Route>;
} {
  return {
    plugin: explorerLandingPagePlugin<TContext>({
      graphqlUrl: '/graphql',
      exportUrl: '/export.csv',
      excelExportUrl: '/export.xlsx',
      examplesUrl: EXAMPLES_PATH,
      introspection: options.introspection,
    }),
    routes: explorerRoutes(),
  };
}
