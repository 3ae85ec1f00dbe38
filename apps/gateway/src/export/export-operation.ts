import { Kind, OperationTypeNode, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { ExportRequestError, type ExportRequest } from './export-request';

/** The variable an export sets to the previous page's `pageInfo.endCursor`. */
export const CURSOR_VARIABLE = 'after';

/** What the export needs to know about the operation before running it. */
export interface ExportOperation {
  /** Whether the operation declares `$after`, so that the export can page through a connection. */
  pagesWithAfter: boolean;
  /** A file name for the download, from the operation's name. */
  fileName: string;
}

/**
 * Checks that the document is a query (an export never writes). A document that does not parse
 * is left to Apollo, so that the caller gets the same error as from /graphql.
 */
export function inspectExportOperation(request: ExportRequest, maxTokens: number): ExportOperation | undefined {
  let document: DocumentNode;
  try {
    document = parse(request.query, { maxTokens });
  } catch {
    return undefined;
  }
  const operation = selectOperation(document, request.operationName);
  if (!operation) return undefined;
  if (operation.operation !== OperationTypeNode.QUERY) {
    throw new ExportRequestError(400, `an export runs queries only, not a ${operation.operation}`);
  }
  return {
    pagesWithAfter: (operation.variableDefinitions ?? []).some((v) => v.variable.name.value === CURSOR_VARIABLE),
    fileName: `${safeName(operation.name?.value ?? request.operationName ?? 'export')}.csv`,
  };
}

function selectOperation(document: DocumentNode, name: string | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (name) return operations.find((o) => o.name?.value === name);
  return operations.length === 1 ? operations[0] : undefined;
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80) || 'export';
}
