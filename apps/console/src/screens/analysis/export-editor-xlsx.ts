import { TypedDocumentString } from '../../gql/graphql';
import { downloadXlsx } from '../../shared/export/download-xlsx';
import type { EditorContents } from './editor/workbench-run';
import { BAD_VARIABLES, parseVariablesText } from './variables-text';

/**
 * The editor's query and variables as an Excel workbook from the gateway (POST /export.xlsx): a
 * sheet per list, Chinese headers, every page of a connection paged with `$after`, the same token.
 */
export async function exportEditorXlsx(contents: EditorContents, fileName: string, token: string): Promise<void> {
  const variables = parseVariablesText(contents.variables);
  if (!variables.ok) throw new Error(BAD_VARIABLES);
  // A document the analyst typed has no generated type: it goes as it is, untyped.
  const document = new TypedDocumentString<unknown, Record<string, unknown>>(contents.query);
  await downloadXlsx(document, variables.value, fileName, token, contents.operationName);
}
