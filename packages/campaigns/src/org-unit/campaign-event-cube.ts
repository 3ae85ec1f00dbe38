import type { DataSource } from 'typeorm';
import { pathWithin, unitGroupDomain, unitGroupMap, unitNameOf, UNIT_TREE, type UnitLevel } from '@civic/org-tree';
import {
  checkedCells,
  chinaMonthOf,
  cubeStatement,
  instantInPeriod,
  monthLabel,
  NO_KEY,
  valuesDomain,
  type CubeDimension,
  type Period,
  monthDimension,
} from '@civic/subgraph-kit';
import { EVENT_FORMAT_LABELS, EventFormat } from '../campaign-event/event-format.enum';
import { VENUE_TYPE_LABELS, VenueType } from '../campaign-event/venue-type.enum';
import type { CampaignEventCell } from './campaign-event-cell.type';
import { EventDimension } from './event-dimension.enum';

export interface EventCubeRequest extends Period {
  rootUnitId: number;
  dimensions: EventDimension[];
  campaignId: number | null;
  skipEmptyUnits: boolean;
  withVolunteers: boolean;
}

export const MAX_EVENT_CELLS = 5000;

const UNIT_LEVEL_OF: Partial<Record<EventDimension, UnitLevel | 'CHILD'>> = {
  [EventDimension.TOWNSHIP]: 'INSTITUTE',
  [EventDimension.VILLAGE]: 'STATION',
  [EventDimension.CHILD_UNIT]: 'CHILD',
};

const NONE_LABELS: Partial<Record<EventDimension, string>> = {
  [EventDimension.TOWNSHIP]: '乡镇以上单位承办',
  [EventDimension.VILLAGE]: '村社区以上单位承办',
  [EventDimension.CHILD_UNIT]: '本级承办',
  [EventDimension.ACTION]: '未归入子行动',
};

/**
 * The events (not voided) hosted in a unit's subtree, optionally of one campaign and in a period,
 * grouped by every dimension asked: one statement, whatever the number of cells.
 */
export async function campaignEventCube(db: DataSource, request: EventCubeRequest): Promise<CampaignEventCell[]> {
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const root = `${bind(request.rootUnitId)}::int`;
  const unitJoins: string[] = [];
  const dimensions = request.dimensions.map((dimension, i) => dimensionSql(dimension, i, request, root, bind, unitJoins));
  const conditions = [
    'e.voided_at IS NULL',
    `e.host_unit_id IN (SELECT u.id FROM ${UNIT_TREE} u, (SELECT r.path FROM ${UNIT_TREE} r WHERE r.id = ${root}) root WHERE ${pathWithin('u.path', 'root.path')})`,
    request.campaignId === null ? null : `e.campaign_id = ${bind(request.campaignId)}::int`,
    instantInPeriod('e.held_at', request, (value) => `${bind(value)}::timestamptz`),
  ].filter(Boolean);
  // One row per event and volunteer (one with nulls for an event without any): events and audience count the first row only.
  const volunteers = request.withVolunteers
    ? `LEFT JOIN LATERAL (SELECT v.volunteer_id, row_number() OVER () = 1 AS first FROM campaigns.event_volunteer v WHERE v.event_id = e.id) v ON true`
    : '';
  const counted = request.withVolunteers ? ' FILTER (WHERE v.first IS NOT FALSE)' : '';
  const sql = cubeStatement({
    facts: `campaigns.campaign_event e ${unitJoins.join(' ')} ${volunteers} WHERE ${conditions.join(' AND ')}`,
    dimensions,
    measures: [
      { name: 'event_count', aggregate: `count(*)${counted}` },
      { name: 'audience_total', aggregate: `coalesce(sum(e.audience_count)${counted}, 0)` },
      { name: 'volunteer_count', aggregate: request.withVolunteers ? 'count(DISTINCT v.volunteer_id)' : '0' },
    ],
    maxCells: MAX_EVENT_CELLS,
  });
  const rows = checkedCells(await db.query(sql, params), MAX_EVENT_CELLS);
  return rows.map((row) => ({
    keys: request.dimensions.map((dimension, i) => {
      const key = String(row[`key_${i}`]);
      return { dimension, key, label: String(row[`label_${i}`] ?? labelOf(dimension, key)) };
    }),
    eventCount: Number(row.event_count),
    audienceTotal: Number(row.audience_total),
    volunteerCount: Number(row.volunteer_count),
  }));
}

function dimensionSql(
  dimension: EventDimension,
  index: number,
  request: EventCubeRequest,
  root: string,
  bind: (value: unknown) => string,
  unitJoins: string[],
): CubeDimension {
  const none = NONE_LABELS[dimension] ?? NO_KEY;
  const level = UNIT_LEVEL_OF[dimension];
  if (level) {
    const alias = `g${index}`;
    unitJoins.push(`LEFT JOIN ${unitGroupMap(root, level)} ${alias} ON ${alias}.unit_id = e.host_unit_id`);
    const key = `${alias}.group_id`;
    if (request.skipEmptyUnits) return { name: dimension, key, labelSql: (k) => `coalesce(${unitNameOf(k)}, '${none}')` };
    // Every group of the tier, zeros included; "NONE" only when events were hosted above the tier.
    return {
      name: dimension,
      key,
      domain: `${unitGroupDomain(root, level)} UNION ALL SELECT '${NO_KEY}', '${none}' WHERE EXISTS (SELECT 1 FROM grouped WHERE key_${index} = '${NO_KEY}')`,
    };
  }
  switch (dimension) {
    case EventDimension.MONTH:
      return monthDimension(dimension, chinaMonthOf('e.held_at'), request, bind);
    case EventDimension.CAMPAIGN:
      return {
        name: dimension,
        key: 'e.campaign_id',
        labelSql: (k) => `(SELECT c.name FROM campaigns.campaign c WHERE c.id::text = ${k})`,
      };
    case EventDimension.FORMAT:
      return {
        name: dimension,
        key: 'e.format',
        domain: valuesDomain(
          Object.values(EventFormat).map((f) => [f, EVENT_FORMAT_LABELS[f]]),
          bind,
        ),
      };
    case EventDimension.VENUE_TYPE:
      return {
        name: dimension,
        key: 'e.venue_type',
        domain: valuesDomain(
          Object.values(VenueType).map((v) => [v, VENUE_TYPE_LABELS[v]]),
          bind,
        ),
      };
    default:
      return {
        name: dimension,
        key: 'e.action_id',
        labelSql: (k) => `coalesce((SELECT a.name FROM campaigns.campaign_action a WHERE a.id::text = ${k}), '${none}')`,
      };
  }
}

/** Labels the statement leaves to the caller: months without a domain. */
function labelOf(dimension: EventDimension, key: string): string {
  return dimension === EventDimension.MONTH && key !== NO_KEY ? monthLabel(key) : key;
}
