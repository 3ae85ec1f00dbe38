import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { operationDocument } from './operation-document';
import { renameTypenameAliases } from './typename-aliases';

/** The operation as the gateway executes it: alone with its fragments, fields aliased `__typename` under another alias. */
export interface PreparedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The alias fields aliased `__typename` go under, if any. */
  typenameAlias?: string;
}

/**
 * Once per parsed operation (Apollo Server hands the same node for a document it keeps), so the
 * executors' own per-operation caches see the same prepared node each time.
 */
const prepared = new WeakMap<OperationDefinitionNode, PreparedOperation>();

export function prepareOperation(document: DocumentNode, operation: OperationDefinitionNode): PreparedOperation {
  let known = prepared.get(operation);
  if (!known) {
    known = prepare(document, operation);
    prepared.set(operation, known);
  }
  return known;
}

function prepare(document: DocumentNode, operation: OperationDefinitionNode): PreparedOperation {
  const alone = operationDocument(document, operation);
  const renamed = renameTypenameAliases(alone);
  if (!renamed) return { document: alone, operation };
  // The operation is the only one left in the document.
  const renamedOperation = renamed.document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!renamedOperation) throw new Error('renaming aliases lost the operation');
  return { document: renamed.document, operation: renamedOperation, typenameAlias: renamed.alias };
}
