import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Operation {
  name: string;
  document: string;
}

/**
 * The contract's client operations (the repo's vendored copy in docs/contract/operations), one
 * document per operation: a file may hold several (the order flow has one per step).
 */
export function loadContractOperations(repoRoot: string): Map<string, Operation> {
  const dir = join(repoRoot, 'docs', 'contract', 'operations');
  const operations = new Map<string, Operation>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()) {
    const text = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('#'))
      .join('\n');
    for (const part of text.split(/^(?=(?:query|mutation) )/m)) {
      const match = /^(?:query|mutation) (\w+)/.exec(part);
      if (match) operations.set(match[1], { name: match[1], document: part.trim() });
    }
  }
  return operations;
}

/** The same operation with one page size replaced (`field(first: N)` → `field(first: M)`). */
export function withPageSize(operation: Operation, field: string, size: number): Operation {
  const pattern = new RegExp(`${field}\\(first: \\d+\\)`, 'g');
  if (!pattern.test(operation.document)) throw new Error(`${operation.name} has no ${field}(first: N)`);
  return { name: operation.name, document: operation.document.replace(pattern, `${field}(first: ${size})`) };
}
