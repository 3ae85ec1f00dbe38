import type { DataSource } from 'typeorm';
import type { SubgraphDefinition } from '@civic/subgraph-kit';
import type { SubgraphHarness } from '@civic/testing';
import { UNIT_TREE } from '@civic/org-tree';

export function seedDemo<T>(definition: SubgraphDefinition<T>, db: DataSource): Promise<boolean> {
  if (!definition.seedDemo) throw new Error(`${definition.name} has no demo data`);
  return definition.seedDemo(db);
}

export async function huidongCenterId(harness: SubgraphHarness): Promise<number> {
  const [center] = await harness.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE code = '513426-ZX'`);
  return center.id;
}
