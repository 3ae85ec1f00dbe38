import type { IntrospectionPolicy } from '../introspection/introspection-policy';
import { CHINESE_FONT_CSS } from './chinese-font';
import { EXPLORER_ASSET_PREFIX } from './explorer-assets';

/** What the page's script needs to know about this gateway. */
export interface ExplorerConfig {
  graphqlUrl: string;
  exportUrl: string;
  excelExportUrl: string;
  examplesUrl: string;
  introspection: IntrospectionPolicy;
}

/** The explorer's HTML: every script and style from the gateway itself. */
export function explorerPage(config: ExplorerConfig): string {
  // JSON inside <script>: `<` escaped so that no value can close the element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  const asset = (name: string) => `${EXPLORER_ASSET_PREFIX}${name}`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>新时代文明实践 GraphQL explorer</title>
<link rel="stylesheet" href="${asset(CHINESE_FONT_CSS)}">
<link rel="stylesheet" href="${asset('graphiql.min.css')}">
<link rel="stylesheet" href="${asset('explorer.css')}">
</head>
<body>
<div id="explorer-root"><p class="explorer-loading">Loading the explorer…</p></div>
<noscript>The explorer needs JavaScript. Without it, POST GraphQL requests to /graphql.</noscript>
<script type="application/json" id="explorer-config">${json}</script>
<script src="${asset('react.production.min.js')}"></script>
<script src="${asset('react-dom.production.min.js')}"></script>
<script src="${asset('graphiql.min.js')}"></script>
<script src="${asset('explorer.js')}"></script>
<script src="${asset('export-buttons.js')}"></script>
</body>
</html>
`;
}
