/*
 * The analysts' explorer: GraphiQL 3 (schema docs, history, headers) with a token field, the
 * preloaded examples and CSV export. Plain browser script on the globals React, ReactDOM and
 * GraphiQL, all served by the gateway itself: it must work with no network but the gateway.
 */
(function () {
  'use strict';

  var h = React.createElement;
  var useState = React.useState;
  var useEffect = React.useEffect;
  var ui = GraphiQL.React;
  var config = JSON.parse(document.getElementById('explorer-config').textContent);
  var TOKEN_KEY = 'civic-explorer:token';

  function readToken() {
    try {
      return window.sessionStorage.getItem(TOKEN_KEY) || '';
    } catch (_) {
      return '';
    }
  }

  function storeToken(token) {
    try {
      if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
      else window.sessionStorage.removeItem(TOKEN_KEY);
    } catch (_) {
      /* private mode: the token lives as long as the page */
    }
  }

  /** "Bearer abc", "Authorization: Bearer abc" or "abc" all mean the token abc. */
  function cleanToken(text) {
    return text.trim().replace(/^authorization:\s*/i, '').replace(/^bearer\s+/i, '').trim();
  }

  function authHeaders(token) {
    return token ? { Authorization: 'Bearer ' + token } : {};
  }

  function introspectionNotice(token) {
    if (config.introspection === 'off') {
      return 'Schema documentation and autocomplete are off on this gateway (GATEWAY_INTROSPECTION=off); queries still run.';
    }
    if (config.introspection === 'authenticated' && !token) {
      return 'Paste a token above to load the schema (docs, autocomplete): this gateway shows it to signed-in callers only. ' +
        'npm start prints development tokens; or run: npm run token -- --role ANALYST. Public directory queries run without one.';
    }
    return '';
  }

  function TokenBar(props) {
    var draft = useState(props.token);
    return h('form', {
      className: 'explorer-token-bar',
      onSubmit: function (event) {
        event.preventDefault();
        props.onToken(cleanToken(draft[0]));
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
      value: draft[0],
      onChange: function (event) { draft[1](event.target.value); },
    }),
    h('button', { id: 'explorer-use-token', type: 'submit' }, 'Use token'),
    props.token
      ? h('button', {
        id: 'explorer-forget-token',
        type: 'button',
        onClick: function () { draft[1](''); props.onToken(''); },
      }, 'Forget token')
      : null,
    h('span', { id: 'explorer-signed-in', className: 'explorer-state' }, props.token ? 'token in use' : 'anonymous'),
    h('span', { id: 'explorer-status', className: 'explorer-status', role: 'status' }, props.status));
  }

  function ExampleList(props) {
    var editor = ui.useEditorContext({ nonNull: true });
    var groups = [
      { key: 'cookbook', title: 'Analysts’ cookbook' },
      { key: 'contract', title: 'Contract operations (what the apps send)' },
    ];
    function load(example) {
      if (editor.queryEditor) editor.queryEditor.setValue(example.query);
      if (editor.variableEditor) editor.variableEditor.setValue(example.variables);
      // GraphiQL reads the operation name from the editor 100 ms later; set it now for a quick ▶.
      var name = firstOperationName(example.query);
      if (name && editor.setOperationName) editor.setOperationName(name);
    }
    if (props.examples === null) return h('p', null, 'Loading examples…');
    return h('div', { className: 'explorer-examples' },
      h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
      h('p', null, 'Click one to load it into the editor, then run it (▶) or download it as CSV.'),
      groups.map(function (group) {
        return h('section', { key: group.key },
          h('h3', null, group.title),
          h('ul', null, props.examples.filter(function (e) { return e.group === group.key; }).map(function (example) {
            return h('li', { key: example.id },
              h('button', {
                type: 'button',
                className: 'explorer-example',
                'data-example': example.id,
                title: example.description,
                onClick: function () { load(example); },
              }, example.title),
              example.description ? h('p', null, example.description) : null);
          })));
      }));
  }

  function firstOperationName(query) {
    var match = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m.exec(query);
    return match ? match[1] : null;
  }

  function ExamplesIcon() {
    return h('span', { className: 'explorer-icon', 'aria-hidden': true }, '☰');
  }

  function filenameOf(response) {
    var match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') || '');
    return match ? match[1] : 'export.csv';
  }

  function CsvButton(props) {
    var editor = ui.useEditorContext({ nonNull: true });
    function exportCsv() {
      var variables = {};
      var headers = {};
      try {
        variables = JSON.parse((editor.variableEditor && editor.variableEditor.getValue()) || '{}') || {};
        headers = JSON.parse((editor.headerEditor && editor.headerEditor.getValue()) || '{}') || {};
      } catch (_) {
        props.onStatus('CSV: the variables or headers are not valid JSON');
        return;
      }
      var tab = editor.tabs && editor.tabs[editor.activeTabIndex];
      var body = {
        query: editor.queryEditor ? editor.queryEditor.getValue() : '',
        variables: variables,
        operationName: (editor.queryEditor && editor.queryEditor.operationName) || (tab && tab.operationName) || undefined,
      };
      props.onStatus('CSV: exporting…');
      fetch(config.exportUrl, {
        method: 'POST',
        headers: Object.assign({ 'content-type': 'application/json' }, headers, authHeaders(props.token)),
        body: JSON.stringify(body),
      }).then(function (response) {
        if (!response.ok) {
          return response.json().then(function (json) {
            var first = json.errors && json.errors[0];
            throw new Error(first ? first.message : 'HTTP ' + response.status);
          });
        }
        var rows = response.headers.get('x-export-rows');
        var incomplete = response.headers.get('x-export-incomplete');
        return response.blob().then(function (blob) {
          var link = document.createElement('a');
          link.href = URL.createObjectURL(blob);
          link.download = filenameOf(response);
          document.body.appendChild(link);
          link.click();
          link.remove();
          setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
          props.onStatus('CSV: ' + rows + ' rows' + (incomplete ? ' (incomplete: ' + incomplete + ')' : ''));
        });
      }).catch(function (err) {
        props.onStatus('CSV failed: ' + err.message);
      });
    }
    return h(ui.ToolbarButton, { label: 'Download the first list of the result as CSV (Excel)', onClick: exportCsv },
      h('span', { className: 'explorer-csv', id: 'explorer-csv' }, 'CSV'));
  }

  function Explorer() {
    var tokenState = useState(readToken());
    var token = tokenState[0];
    var examplesState = useState(null);
    var statusState = useState('');
    useEffect(function () {
      fetch(config.examplesUrl).then(function (r) { return r.json(); }).then(examplesState[1], function () { examplesState[1]([]); });
    }, []);
    function setToken(next) {
      storeToken(next);
      tokenState[1](next);
      statusState[1]('');
    }
    var notice = introspectionNotice(token);
    var examples = examplesState[0];
    var examplesPlugin = React.useMemo(function () {
      return { title: 'Examples', icon: ExamplesIcon, content: function () { return h(ExampleList, { examples: examples }); } };
    }, [examples]);
    var fetcher = React.useMemo(function () {
      return GraphiQL.createFetcher({ url: config.graphqlUrl, headers: authHeaders(token) });
    }, [token]);
    var cookbook = (examples || []).filter(function (e) { return e.group === 'cookbook'; });
    return h('div', { className: 'explorer' },
      h(TokenBar, { token: token, onToken: setToken, status: statusState[0] }),
      notice ? h('div', { id: 'explorer-notice', className: 'explorer-notice' }, notice) : null,
      examples === null ? null : h('div', { className: 'explorer-graphiql' },
        h(GraphiQL, {
          // A new token is a new caller: start over so that the schema is fetched with it.
          key: token || 'anonymous',
          fetcher: fetcher,
          schema: config.introspection === 'off' || (config.introspection === 'authenticated' && !token) ? null : undefined,
          plugins: [examplesPlugin],
          visiblePlugin: examplesPlugin,
          defaultTabs: cookbook.length ? [{ query: cookbook[0].query, variables: cookbook[0].variables }] : undefined,
          defaultEditorToolsVisibility: 'variables',
          isHeadersEditorEnabled: true,
          shouldPersistHeaders: false,
          toolbar: { additionalContent: h(CsvButton, { token: token, onStatus: statusState[1] }) },
        })));
  }

  ReactDOM.createRoot(document.getElementById('explorer-root')).render(h(Explorer));
})();
