/*
 * The analysts' explorer: GraphiQL 3 (schema docs, history, headers) with a token field, the
 * preloaded examples and the export buttons (export-buttons.ts). Browser scripts on the globals React, ReactDOM and GraphiQL,
 * all served by the gateway itself: it must work with no network but the gateway.
 */
type ReactNode = import('react').ReactNode;
type GraphiQLPlugin = import('@graphiql/react').GraphiQLPlugin;

interface ExplorerConfig {
  graphqlUrl: string;
  exportUrl: string;
  excelExportUrl: string;
  examplesUrl: string;
  introspection: 'all' | 'authenticated' | 'off';
}

interface Example {
  id: string;
  group: 'cookbook' | 'contract';
  title: string;
  description?: string;
  query: string;
  variables: string;
}

const h = React.createElement;
const ui = GraphiQL.React;
const config = JSON.parse(document.getElementById('explorer-config')?.textContent ?? '{}') as ExplorerConfig;
const TOKEN_KEY = 'civic-explorer:token';

function readToken(): string {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

function storeToken(token: string): void {
  try {
    if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
    else window.sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // private mode: the token lives as long as the page
  }
}

/** "Bearer abc", "Authorization: Bearer abc" or "abc" all mean the token abc. */
function cleanToken(text: string): string {
  return text
    .trim()
    .replace(/^authorization:\s*/i, '')
    .replace(/^bearer\s+/i, '')
    .trim();
}

function authHeaders(token: string): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

function introspectionNotice(token: string): string {
  if (config.introspection === 'off') {
    return 'Schema documentation and autocomplete are off on this gateway (GATEWAY_INTROSPECTION=off); queries still run.';
  }
  if (config.introspection === 'authenticated' && !token) {
    return (
      'Paste a token above to load the schema (docs, autocomplete): this gateway shows it to signed-in callers only. ' +
      'npm start prints development tokens; or run: npm run token -- --role ANALYST. Public directory queries run without one.'
    );
  }
  return '';
}

function TokenBar(props: { token: string; status: string; onToken(token: string): void }): ReactNode {
  const [draft, setDraft] = React.useState(props.token);
  return h(
    'form',
    {
      className: 'explorer-token-bar',
      onSubmit: (event: import('react').FormEvent) => {
        event.preventDefault();
        props.onToken(cleanToken(draft));
      },
    },
    h('strong', { className: 'explorer-title' }, '新时代文明实践 GraphQL'),
    h('label', { htmlFor: 'explorer-token' }, 'Token'),
    h('input', {
      id: 'explorer-token',
      type: 'password',
      autoComplete: 'off',
      spellCheck: false,
      placeholder: 'Paste a bearer token (JWT)',
      value: draft,
      onChange: (event: import('react').ChangeEvent<HTMLInputElement>) => setDraft(event.target.value),
    }),
    h('button', { id: 'explorer-use-token', type: 'submit' }, 'Use token'),
    props.token
      ? h(
          'button',
          {
            id: 'explorer-forget-token',
            type: 'button',
            onClick: () => {
              setDraft('');
              props.onToken('');
            },
          },
          'Forget token',
        )
      : null,
    h('span', { id: 'explorer-signed-in', className: 'explorer-state' }, props.token ? 'token in use' : 'anonymous'),
    h('span', { id: 'explorer-status', className: 'explorer-status', role: 'status' }, props.status),
  );
}

const EXAMPLE_GROUPS: { key: Example['group']; title: string }[] = [
  { key: 'cookbook', title: 'Analysts’ cookbook' },
  { key: 'contract', title: 'Contract operations (what the apps send)' },
];

function ExampleList(props: { examples: Example[] | null }): ReactNode {
  const editor = ui.useEditorContext({ nonNull: true });
  const load = (example: Example) => {
    editor.queryEditor?.setValue(example.query);
    editor.variableEditor?.setValue(example.variables);
    // GraphiQL reads the operation name from the editor 100 ms later; set it now for a quick ▶.
    const name = firstOperationName(example.query);
    if (name) editor.setOperationName(name);
  };
  const { examples } = props;
  if (examples === null) return h('p', null, 'Loading examples…');
  return h(
    'div',
    { className: 'explorer-examples' },
    h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
    h('p', null, 'Click one to load it into the editor, then run it (▶) or download it as CSV.'),
    EXAMPLE_GROUPS.map((group) =>
      h(
        'section',
        { key: group.key },
        h('h3', null, group.title),
        h(
          'ul',
          null,
          examples
            .filter((example) => example.group === group.key)
            .map((example) =>
              h(
                'li',
                { key: example.id },
                h(
                  'button',
                  {
                    type: 'button',
                    className: 'explorer-example',
                    'data-example': example.id,
                    title: example.description,
                    onClick: () => load(example),
                  },
                  example.title,
                ),
                example.description ? h('p', null, example.description) : null,
              ),
            ),
        ),
      ),
    ),
  );
}

function firstOperationName(query: string): string | null {
  const match = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m.exec(query);
  return match ? match[1] : null;
}

function ExamplesIcon(): ReactNode {
  return h('span', { className: 'explorer-icon', 'aria-hidden': true }, '☰');
}

function Explorer(): ReactNode {
  const [token, setTokenState] = React.useState(readToken());
  const [examples, setExamples] = React.useState<Example[] | null>(null);
  const [status, setStatus] = React.useState('');
  React.useEffect(() => {
    fetch(config.examplesUrl)
      .then((response) => response.json() as Promise<Example[]>)
      .then(setExamples, () => setExamples([]));
  }, []);
  const setToken = (next: string) => {
    storeToken(next);
    setTokenState(next);
    setStatus('');
  };
  const notice = introspectionNotice(token);
  const examplesPlugin = React.useMemo<GraphiQLPlugin>(
    () => ({ title: 'Examples', icon: ExamplesIcon, content: () => h(ExampleList, { examples }) }),
    [examples],
  );
  const fetcher = React.useMemo(() => GraphiQL.createFetcher({ url: config.graphqlUrl, headers: authHeaders(token) }), [token]);
  const cookbook = (examples ?? []).filter((example) => example.group === 'cookbook');
  const schemaHidden = config.introspection === 'off' || (config.introspection === 'authenticated' && !token);
  return h(
    'div',
    { className: 'explorer' },
    h(TokenBar, { token, onToken: setToken, status }),
    notice ? h('div', { id: 'explorer-notice', className: 'explorer-notice' }, notice) : null,
    examples === null
      ? null
      : h(
          'div',
          { className: 'explorer-graphiql' },
          h(GraphiQL, {
            // A new token is a new caller: start over so that the schema is fetched with it.
            key: token || 'anonymous',
            fetcher,
            schema: schemaHidden ? null : undefined,
            plugins: [examplesPlugin],
            visiblePlugin: examplesPlugin,
            defaultTabs: cookbook.length ? [{ query: cookbook[0].query, variables: cookbook[0].variables }] : undefined,
            defaultEditorToolsVisibility: 'variables',
            isHeadersEditorEnabled: true,
            shouldPersistHeaders: false,
            toolbar: {
              additionalContent: EXPORT_FORMATS.map((format) => h(ExportButton, { key: format.label, format, token, onStatus: setStatus })),
            },
          }),
        ),
  );
}

// After every script of the page has run: the export buttons come from export-buttons.js, loaded after this one.
window.addEventListener('DOMContentLoaded', () => {
  const root = document.getElementById('explorer-root');
  if (root) ReactDOM.createRoot(root).render(h(Explorer));
});
