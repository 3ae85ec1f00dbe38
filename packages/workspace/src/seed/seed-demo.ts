import type { DataSource, EntityManager } from 'typeorm';
import { isUnitTreePublished, UNIT_TREE, unitIdsByCode } from '@civic/org-tree';
import { seedOnce } from '@civic/subgraph-kit';
import { DEMO_QUERY, DEMO_VIEW, HUIDONG_CENTER_CODE, SEED_AUTHOR } from './workspace.data';

/**
 * Loads, once, the Huidong center's Party-history lecture view and the analysts' township hours
 * query (saved by an unscoped role, so it belongs to no unit); needs the org demo data.
 */
export function seedWorkspaceDemo(db: DataSource): Promise<boolean> {
  return seedOnce(db, 'workspace', 'huidong-2021', async (manager) => {
    const centerId = await findCenter(manager);
    await manager.query(
      `INSERT INTO workspace.saved_view (name, description, definition, owner_unit_id, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, '2021-06-01 09:00+08', '2021-06-01 09:00+08')`,
      [DEMO_VIEW.name, DEMO_VIEW.description, DEMO_VIEW.definition, centerId, SEED_AUTHOR],
    );
    await manager.query(
      `INSERT INTO workspace.saved_query (name, description, query, variables, owner_unit_id, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, NULL, $5, '2022-01-05 09:00+08', '2022-01-05 09:00+08')`,
      [DEMO_QUERY.name, DEMO_QUERY.description, DEMO_QUERY.query, DEMO_QUERY.variables, SEED_AUTHOR],
    );
  });
}

async function findCenter(manager: EntityManager): Promise<number> {
  if (!(await isUnitTreePublished(manager)))
    throw new Error(`${UNIT_TREE} does not exist: migrate and seed the org subgraph before the workspace demo data`);
  const centerId = (await unitIdsByCode(manager, [HUIDONG_CENTER_CODE])).get(HUIDONG_CENTER_CODE);
  if (centerId === undefined) {
    throw new Error(
      `${UNIT_TREE} has no unit with code ${HUIDONG_CENTER_CODE} (会东县新时代文明实践中心): load the org demo data before the workspace demo data`,
    );
  }
  return centerId;
}
