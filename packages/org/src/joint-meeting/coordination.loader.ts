import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { OrgLevel } from '@civic/subgraph-kit';
import { pathWithin } from '@civic/org-tree';
import type { Coordination, CoordinationRow } from './joint-meeting.type';

export interface CoordinationKey {
  unitId: number;
  from: string;
  to: string;
  /** Overdue is judged on this day: the period's end, or today if that is earlier. */
  asOf: string;
  level: OrgLevel;
}

interface Row {
  center_id: number;
  held: number;
  unit_id: number | null;
  attended: number | null;
  assigned: number | null;
  done: number | null;
  overdue: number | null;
}

/**
 * The 一盘棋 view of many centers in one statement per period: the meetings convened in each center's
 * subtree in the period, and for each unit of the asked tier directly below it, the meetings it
 * attended and the decisions assigned to it or below it, done and overdue.
 */
const COORDINATION_SQL = `
  WITH centers AS (SELECT id, path FROM org.org_unit WHERE id = ANY($1::int[])),
  meetings AS (
    SELECT c.id AS center_id, m.id AS meeting_id
    FROM centers c
    JOIN org.org_unit cu ON ${pathWithin('cu.path', 'c.path')}
    JOIN org.joint_meeting m ON m.convening_unit_id = cu.id
    WHERE m.held_on BETWEEN $2::date AND $3::date
  ),
  members AS (
    SELECT c.id AS center_id, u.id AS unit_id, u.path FROM centers c JOIN org.org_unit u ON u.parent_id = c.id WHERE u.level = $4
  )
  SELECT c.id AS center_id,
         (SELECT count(*)::int FROM meetings m WHERE m.center_id = c.id) AS held,
         mb.unit_id,
         (SELECT count(*)::int FROM meetings m JOIN org.joint_meeting_attendee a ON a.meeting_id = m.meeting_id
          WHERE m.center_id = c.id AND a.org_unit_id = mb.unit_id) AS attended,
         d.assigned, d.done, d.overdue
  FROM centers c
  LEFT JOIN members mb ON mb.center_id = c.id
  LEFT JOIN LATERAL (
    SELECT count(*)::int AS assigned,
           count(*) FILTER (WHERE md.done_on <= $3::date)::int AS done,
           count(*) FILTER (WHERE md.due_on < $5::date AND (md.done_on IS NULL OR md.done_on > $5::date))::int AS overdue
    FROM meetings m
    JOIN org.meeting_decision md ON md.meeting_id = m.meeting_id
    JOIN org.org_unit ru ON ru.id = md.responsible_unit_id
    WHERE m.center_id = c.id AND ${pathWithin('ru.path', 'mb.path')}
  ) d ON true
  ORDER BY c.id, mb.unit_id`;

export function coordinationLoader(db: DataSource) {
  return new DataLoader<CoordinationKey, Coordination, string>(
    async (keys) => {
      const groups = new Map<string, CoordinationKey[]>();
      for (const key of keys) {
        const shape = JSON.stringify([key.from, key.to, key.asOf, key.level]);
        groups.set(shape, [...(groups.get(shape) ?? []), key]);
      }
      const results = new Map<string, Coordination>();
      for (const group of groups.values()) {
        const { from, to, asOf, level } = group[0];
        const rows: Row[] = await db.query(COORDINATION_SQL, [group.map((key) => key.unitId), from, to, level, asOf]);
        for (const key of group) {
          const own = rows.filter((row) => row.center_id === key.unitId);
          const memberRows: CoordinationRow[] = own
            .filter((row) => row.unit_id !== null)
            .map((row) => ({
              orgUnitId: row.unit_id!,
              meetingsAttended: row.attended ?? 0,
              decisionsAssigned: row.assigned ?? 0,
              decisionsDone: row.done ?? 0,
              decisionsOverdue: row.overdue ?? 0,
            }));
          results.set(cacheKey(key), { from, to, meetingsHeld: own[0]?.held ?? 0, rows: memberRows });
        }
      }
      return keys.map((key) => results.get(cacheKey(key))!);
    },
    { cacheKeyFn: cacheKey },
  );
}

function cacheKey(key: CoordinationKey): string {
  return JSON.stringify([key.unitId, key.from, key.to, key.asOf, key.level]);
}
