import { pick, useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { useEffect } from 'react';
import { describeColumns } from './column-labels';
import type { EditorBridge } from './workbench-run';

/** Monaco's own font has no Chinese: names in a result would be boxes on a machine without a Chinese system font. */
const EDITOR_FONT = '"Fira Code", "Noto Sans SC", "Microsoft YaHei", monospace';

const OPERATION_NAME = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m;

/**
 * Rendered inside GraphiQL (which holds its state in a store of its own): hands the workbench an
 * EditorBridge once the editors exist, and a new one when the schema arrives (for column headings).
 */
export function EditorBridgeRegistrar({ onBridge }: { onBridge(bridge: EditorBridge | null): void }) {
  const { queryEditor, variableEditor, responseEditor, schema } = useGraphiQL(
    pick('queryEditor', 'variableEditor', 'responseEditor', 'schema'),
  );
  const { run, setOperationName } = useGraphiQLActions();
  const operationName = useGraphiQL((state) => state.operationName);

  useEffect(() => {
    for (const editor of [queryEditor, variableEditor, responseEditor]) editor?.updateOptions({ fontFamily: EDITOR_FONT });
  }, [queryEditor, variableEditor, responseEditor]);

  useEffect(() => {
    if (!queryEditor || !variableEditor) return;
    onBridge({
      read: () => ({ query: queryEditor.getValue(), variables: variableEditor.getValue(), operationName: operationName || undefined }),
      load: ({ query, variables }) => {
        queryEditor.setValue(query);
        variableEditor.setValue(variables);
        // GraphiQL reads the operation name from the text a moment later; a quick ▶ must not send the old one.
        const name = OPERATION_NAME.exec(query)?.[1];
        if (name) setOperationName(name);
        queryEditor.focus();
      },
      run,
      describeColumns: (result, listPath, columns) => (schema ? describeColumns(schema, result, listPath, columns) : {}),
    });
  }, [queryEditor, variableEditor, schema, operationName, run, setOperationName, onBridge]);

  useEffect(() => () => onBridge(null), [onBridge]);
  return null;
}
