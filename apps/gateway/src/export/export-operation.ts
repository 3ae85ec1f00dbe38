import { Kind, OperationTypeNode, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { ExportRequestError, type ExportRequest } from './export-request';

/** What the export needs to know about the operation before running it. */
export interface ExportOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** A file name for the download without its extension, from the operation's name. */
  baseName: string;
}

/**
 * Checks that the document is a query (an export never writes). A document that does not parse,
 * or names no single operation, is left to Apollo, so that the caller gets the same error as from /graphql.
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
  return { document, operation, baseName: safeName(operation.name?.value ?? request.operationName ?? 'export') };
}

function selectOperation(document: DocumentNode, name: string | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (name) return operations.find((o) => o.name?.value === name);
  return operations.length === 1 ? operations[0] : undefined;
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80) || 'export';
}
