import { Kind, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

/**
 * The document with only the operation to run and the fragments it spreads. Apollo's gateway reads
 * every fragment of the document against the running operation's variables, so a fragment used by
 * another operation, whose $v0 has another type, failed the request with a 500.
 */
export function operationDocument(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  if (document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length < 2) return document;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const used = new Set<string>();
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  for (let next = pending.pop(); next; next = pending.pop()) {
    visit(next, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.add(fragment.name.value);
          pending.push(fragment);
        }
      },
    });
  }
  const definitions = document.definitions.filter(
    (definition) => definition === operation || (definition.kind === Kind.FRAGMENT_DEFINITION && used.has(definition.name.value)),
  );
  return { ...document, definitions };
}
