import type { DataSource } from 'typeorm';
import { badUserInput, chineseLabelOf } from '@civic/runtime';
import { pathWithin, UNIT_TREE, unitGroupDomain, unitGroupMap, unitNameOf, type UnitLevel } from '@civic/org-tree';
import {
  checkedCells,
  cubeStatement,
  dayInPeriod,
  monthLabel,
  NO_KEY,
  valuesDomain,
  type CubeDimension,
  type CubeRow,
  type Period,
  monthDimension,
} from '@civic/subgraph-kit';
import { TRAINING_AUDIENCE_DESCRIPTIONS, type TrainingAudience } from '../training-program/training-audience';
import type { TrainingCell } from './training-cell.type';
import { TrainingDimension } from './training-dimension.enum';

export const MAX_TRAINING_CELLS = 5000;

export interface TrainingBreakdownRequest {
  rootUnitId: number;
  dimensions: TrainingDimension[];
  period: Period;
  audience: TrainingAudience | null;
  skipEmptyUnits: boolean;
  includeCancelled: boolean;
}

const UNIT_LEVEL_OF: Partial<Record<TrainingDimension, { level: UnitLevel; noneLabel: string }>> = {
  [TrainingDimension.TOWNSHIP]: { level: 'INSTITUTE', noneLabel: '乡镇以上单位' },
  [TrainingDimension.VILLAGE]: { level: 'STATION', noneLabel: '村以上单位' },
};

const MEASURES = [
  { name: 'programCount', aggregate: 'count(DISTINCT p.id)::int' },
  { name: 'participantCount', aggregate: 'count(e.id)::int' },
  { name: 'attendedCount', aggregate: 'count(e.id) FILTER (WHERE e.attended)::int' },
  { name: 'completedCount', aggregate: 'count(e.id) FILTER (WHERE e.completed_on IS NOT NULL)::int' },
];

/**
 * Training figures of the programs organised in a unit's subtree, broken down by several dimensions
 * at once, in one statement: programs are counted where their organiser lies and in the month they
 * start; cells without programs come back with zeros (all months of the period, all groups of
 * units unless `skipEmptyUnits`).
 */
export async function trainingBreakdown(db: DataSource, request: TrainingBreakdownRequest): Promise<TrainingCell[]> {
  const { dimensions } = request;
  if (new Set(dimensions).size !== dimensions.length) throw badUserInput('name each dimension once', { argument: 'dimensions' });
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const root = `${bind(request.rootUnitId)}::int`;
  const joins: string[] = [];
  const cubeDimensions = dimensions.map((dimension, i) => cubeDimensionOf(dimension, i, { root, request, bind, joins }));
  const conditions = [
    dayInPeriod('p.starts_on', request.period, bind),
    request.includeCancelled ? 'true' : 'p.cancelled_at IS NULL',
    request.audience ? `p.audience = ${bind(request.audience)}` : 'true',
  ];
  const facts = `training.training_program p
    JOIN ${UNIT_TREE} organiser ON organiser.id = p.organizer_unit_id
    JOIN ${UNIT_TREE} root ON root.id = ${root} AND ${pathWithin('organiser.path', 'root.path')}
    ${joins.join('\n    ')}
    LEFT JOIN training.enrollment e ON e.program_id = p.id
    WHERE ${conditions.join(' AND ')}`;
  const sql = cubeStatement({ facts, dimensions: cubeDimensions, measures: MEASURES, maxCells: MAX_TRAINING_CELLS });
  const rows = checkedCells(await db.query(sql, params), MAX_TRAINING_CELLS);
  return rows.map((row) => cellOf(row, dimensions));
}

interface DimensionContext {
  root: string;
  request: TrainingBreakdownRequest;
  bind: (value: unknown) => string;
  joins: string[];
}

function cubeDimensionOf(dimension: TrainingDimension, i: number, { root, request, bind, joins }: DimensionContext): CubeDimension {
  const name = dimension;
  switch (dimension) {
    case TrainingDimension.CHILD_UNIT: {
      joins.push(`LEFT JOIN ${unitGroupMap(root, 'CHILD')} g${i} ON g${i}.unit_id = p.organizer_unit_id`);
      // The unit's own programs lie under none of its children: the unit is their group.
      const key = `CASE WHEN p.organizer_unit_id = ${root} THEN p.organizer_unit_id ELSE g${i}.group_id END`;
      if (request.skipEmptyUnits) return { name, key, labelSql: unitNameOf };
      const itself = `SELECT u.id::text AS key, u.name AS label FROM ${UNIT_TREE} u WHERE u.id = ${root}`;
      return { name, key, domain: `${itself} UNION ALL ${unitGroupDomain(root, 'CHILD')}` };
    }
    case TrainingDimension.TOWNSHIP:
    case TrainingDimension.VILLAGE: {
      const { level, noneLabel } = UNIT_LEVEL_OF[dimension]!;
      joins.push(`LEFT JOIN ${unitGroupMap(root, level)} g${i} ON g${i}.unit_id = p.organizer_unit_id`);
      const key = `g${i}.group_id`;
      const none = bind(noneLabel);
      if (request.skipEmptyUnits) return { name, key, labelSql: (k) => `coalesce(${unitNameOf(k)}, ${none}::text)` };
      return { name, key, domain: `${unitGroupDomain(root, level)} UNION ALL SELECT '${NO_KEY}', ${none}::text` };
    }
    case TrainingDimension.MONTH:
      return monthDimension(name, `to_char(p.starts_on, 'YYYY-MM')`, request.period, bind);
    case TrainingDimension.AUDIENCE: {
      const labels = Object.entries(TRAINING_AUDIENCE_DESCRIPTIONS).map(([key, description]): [string, string] => [
        key,
        chineseLabelOf(description) ?? key,
      ]);
      return { name, key: 'p.audience', domain: valuesDomain(labels, bind) };
    }
  }
}

function cellOf(row: CubeRow, dimensions: TrainingDimension[]): TrainingCell {
  return {
    keys: dimensions.map((dimension, i) => {
      const key = String(row[`key_${i}`]);
      const label = row[`label_${i}`];
      return { dimension, key, label: label === null ? (dimension === TrainingDimension.MONTH ? monthLabel(key) : key) : String(label) };
    }),
    programCount: Number(row.programCount),
    participantCount: Number(row.participantCount),
    attendedCount: Number(row.attendedCount),
    completedCount: Number(row.completedCount),
  };
}
