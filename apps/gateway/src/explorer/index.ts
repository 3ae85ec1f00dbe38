/*
 * What is left at the gateway of the old GraphiQL page: the analysts' explorer is the console's
 * workbench (/console/analysis), so browsers opening /graphql are sent there, and the cookbook it
 * lists is served from here, beside the queries' files.
 */
export { COOKBOOK_PATH, cookbookRoutes } from './cookbook-route';
export { loadExampleOperations, type ExampleOperation } from './example-operations';
export { prefersHtml } from './prefers-html';
export { redirectBrowsersToWorkbench, WORKBENCH_PATH } from './workbench-redirect';
