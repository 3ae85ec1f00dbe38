import type { EntityManager } from 'typeorm';
import { isUnitTreePublished, UNIT_TREE, unitIdsByCode } from '@civic/org-tree';

/** Org unit ids by code from the org subgraph's published tree; names every missing code in its error. */
export async function requireUnitIds(manager: EntityManager, codes: string[], demo: string): Promise<Map<string, number>> {
  if (!(await isUnitTreePublished(manager)))
    throw new Error(`${UNIT_TREE} does not exist: migrate and seed the org subgraph before the ${demo} training demo data`);
  const byCode = await unitIdsByCode(manager, codes);
  const missing = codes.filter((code) => !byCode.has(code));
  if (missing.length > 0) {
    throw new Error(
      `${UNIT_TREE} has no unit with code ${missing.join(', ')}: load the org demo data before the ${demo} training demo data`,
    );
  }
  return byCode;
}
