// Monaco's workers, built by Vite into /console/assets (graphiql 5's documented set-up for Vite): nothing from a CDN.
import 'graphiql/setup-workers/vite';
// GraphiQL's styles without graphiql/style.css: that one repeats Monaco's (which Vite takes from its modules) and embeds fonts, 350 KB gzipped.
import '@graphiql/react/style.css';
import '@graphiql/plugin-doc-explorer/style.css';
import '@graphiql/plugin-history/style.css';
import 'graphiql/graphiql.css';
import './graphiql-editor.css';
import { GraphiQL } from 'graphiql';
import { useMemo, useRef } from 'react';
import { EditorBridgeRegistrar } from './editor-bridge-registrar';
import { workbenchFetcher } from './workbench-fetcher';
import { workbenchStorage } from './workbench-storage';
import type { EditorBridge, WorkbenchRun } from './workbench-run';

export interface GraphiQLEditorProps {
  /** The signed-in session's token: sent with every request, the schema's introspection first. */
  token: string;
  /** Whose tabs and history these are (kept apart per user in local storage). */
  user: string;
  onRun(run: WorkbenchRun): void;
  onBridge(bridge: EditorBridge | null): void;
}

/** What a new user's first tab holds. */
const FIRST_QUERY = `# 在这里编写 GraphQL 查询，或从左侧“查询示例”载入一条；Ctrl+Enter 运行。
# 运行后，下方可把结果看作表格或图表，并导出 Excel。
query OwnCountyCenter {
  orgUnitByCode(code: "513426-ZX") {
    name
    volunteerStats(scope: SUBTREE) {
      volunteerCount
      serviceHours
    }
  }
}
`;

/**
 * GraphiQL 5 (schema docs, history, autocomplete in Monaco) with the console's token: the platform's
 * one explorer. Its own chunk, loaded only when the workbench opens.
 */
export default function GraphiQLEditor({ token, user, onRun, onBridge }: GraphiQLEditorProps) {
  const latestOnRun = useRef(onRun);
  latestOnRun.current = onRun;
  const fetcher = useMemo(
    () =>
      workbenchFetcher(
        () => token,
        (run) => latestOnRun.current(run),
      ),
    [token],
  );
  const storage = useMemo(() => workbenchStorage(user), [user]);
  return (
    <div className="analysis-graphiql">
      <GraphiQL
        fetcher={fetcher}
        storage={storage}
        defaultQuery={FIRST_QUERY}
        forcedTheme="light"
        isHeadersEditorEnabled={false}
        showPersistHeadersSettings={false}
        defaultEditorToolsVisibility="variables"
      >
        <GraphiQL.Logo>GraphQL 查询</GraphiQL.Logo>
        <EditorBridgeRegistrar onBridge={onBridge} />
      </GraphiQL>
    </div>
  );
}
