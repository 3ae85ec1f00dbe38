import type { DataSource } from 'typeorm';
import { pathWithin, UNIT_TREE, type UnitLevel } from '@civic/org-tree';
import { instantInPeriod, type Period } from '@civic/subgraph-kit';

export interface UnitsWithoutEventsRequest extends Period {
  rootUnitId: number;
  level: UnitLevel;
  campaignId: number;
}

/**
 * The open units of a tier in a subtree where neither the unit nor any unit below it hosted an
 * event (not voided) of the campaign in the period, by code: one statement.
 */
export async function unitsWithoutEvents(db: DataSource, request: UnitsWithoutEventsRequest): Promise<number[]> {
  const params: unknown[] = [request.rootUnitId, request.level, request.campaignId];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}::timestamptz`;
  };
  const rows: { id: number }[] = await db.query(
    `WITH hosted AS (
       SELECT DISTINCT h.path FROM campaigns.campaign_event e JOIN ${UNIT_TREE} h ON h.id = e.host_unit_id
       WHERE e.campaign_id = $3 AND e.voided_at IS NULL AND ${instantInPeriod('e.held_at', request, bind)}
     )
     SELECT u.id FROM ${UNIT_TREE} root JOIN ${UNIT_TREE} u ON ${pathWithin('u.path', 'root.path')}
     WHERE root.id = $1 AND u.level = $2 AND u.closed_on IS NULL
       AND NOT EXISTS (SELECT 1 FROM hosted WHERE ${pathWithin('hosted.path', 'u.path')})
     ORDER BY u.code`,
    params,
  );
  return rows.map((row) => row.id);
}
