import type { EntityManager } from 'typeorm';
import { isUnitTreePublished, UNIT_TREE, unitIdsByCode, unitsInSubtreeOfCode } from '@civic/org-tree';

export interface HostUnits {
  centerId: number;
  cultureSubCenterId: number;
  /** Township institutes (实践所) under the center, by id. */
  institutes: number[];
  /** Village and community stations (实践站) under the center, by id. */
  stations: number[];
}

/** The Huidong units the demo events are held at, read from the org subgraph's published tree. */
export async function findHostUnits(manager: EntityManager, centerCode: string, cultureSubCenterCode: string): Promise<HostUnits> {
  if (!(await isUnitTreePublished(manager)))
    throw new Error(`${UNIT_TREE} does not exist: migrate the org subgraph before loading the campaigns demo data`);
  const byCode = await unitIdsByCode(manager, [centerCode, cultureSubCenterCode]);
  for (const code of [centerCode, cultureSubCenterCode]) {
    if (!byCode.has(code)) {
      throw new Error(`${UNIT_TREE} has no unit with code '${code}': load the org demo data (org cli seed) before the campaigns demo data`);
    }
  }
  const units = await unitsInSubtreeOfCode(manager, centerCode, ['INSTITUTE', 'STATION']);
  const institutes = units.filter((u) => u.level === 'INSTITUTE').map((u) => u.id);
  const stations = units.filter((u) => u.level === 'STATION').map((u) => u.id);
  if (institutes.length === 0 || stations.length === 0) {
    throw new Error(`org unit '${centerCode}' has no institutes or stations below it: load the org demo data first`);
  }
  return {
    centerId: byCode.get(centerCode) as number,
    cultureSubCenterId: byCode.get(cultureSubCenterCode) as number,
    institutes,
    stations,
  };
}
