import type { DataSource } from 'typeorm';
import {
  chinaMonthOf,
  instantInPeriod,
  StatsScope,
  valuesDomain,
  type CubeDimension,
  type Period,
  assertDistinct,
  cubeCells,
  enumDimension,
  monthDimension,
  StatementParameters,
} from '@civic/subgraph-kit';
import { starThresholds } from '../../volunteer/star-level';
import { GENDER_DESCRIPTIONS, POLITICAL_STATUS_DESCRIPTIONS, VOLUNTEER_KIND_DESCRIPTIONS } from '../../volunteer/volunteer-enums';
import { VolunteerDimension as D } from './breakdown-dimensions.enum';
import type { VolunteerCell } from './breakdown-cells.type';
import { homeInScope, MAX_CELLS } from './cube-parts';
import { UNIT_LEVEL_OF, unitDimension } from './unit-dimension';

export interface VolunteerBreakdownQuery {
  unitId: number;
  scope: StatsScope;
  dimensions: D[];
  /** Registration between these China days. */
  period: Period;
  skipEmptyUnits: boolean;
  includeDeregistered: boolean;
}

/**
 * The volunteers registered in a unit's subtree (or at the unit) in the period, by any dimensions
 * at once, in one statement. By KIND a volunteer of several kinds counts under each (NONE: no kind).
 */
export function volunteerBreakdown(db: DataSource, q: VolunteerBreakdownQuery): Promise<VolunteerCell[]> {
  assertDistinct(q.dimensions);
  const parameters = new StatementParameters();
  const { bind } = parameters;
  const root = bind(q.unitId);
  const joins: string[] = [];
  const dimensions = q.dimensions.map((name, position): CubeDimension => {
    switch (name) {
      case D.TOWNSHIP:
      case D.VILLAGE:
      case D.CHILD_UNIT: {
        const unit = unitDimension(name, UNIT_LEVEL_OF[name], root, 'v.home_unit_id', position, q.skipEmptyUnits);
        joins.push(unit.join);
        return unit.dimension;
      }
      case D.REGISTRATION_MONTH:
        return monthDimension(name, chinaMonthOf('v.registered_at'), q.period, bind);
      case D.KIND:
        joins.push(
          `CROSS JOIN LATERAL unnest(CASE WHEN cardinality(v.kinds) = 0 THEN ARRAY[NULL]::text[] ELSE v.kinds END) AS kind(value)`,
        );
        return enumDimension(name, 'kind.value', VOLUNTEER_KIND_DESCRIPTIONS, '无类别', position, bind);
      case D.POLITICAL_STATUS:
        return enumDimension(name, 'v.political_status', POLITICAL_STATUS_DESCRIPTIONS, '未填写', position, bind);
      case D.GENDER:
        return enumDimension(name, 'v.gender', GENDER_DESCRIPTIONS, '未知', position, bind);
      case D.STAR_LEVEL:
        return {
          name,
          key: `(SELECT count(*) FROM unnest(${bind(starThresholds())}::numeric[]) AS t(hours) WHERE v.total_service_hours >= t.hours)`,
          domain: valuesDomain(
            [0, 1, 2, 3, 4, 5].map((level) => [String(level), level === 0 ? '未评星' : `${level}星`]),
            bind,
          ),
        };
    }
  });
  const facts = `volunteers.volunteer v
    ${joins.join('\n    ')}
    WHERE ${homeInScope('v.home_unit_id', root, q.scope)} ${q.includeDeregistered ? '' : 'AND v.deregistered_at IS NULL'}
      AND ${instantInPeriod('v.registered_at', q.period, bind)}`;
  return cubeCells(
    db,
    { facts, dimensions, measures: [{ name: 'volunteerCount', aggregate: 'count(DISTINCT v.id)' }], maxCells: MAX_CELLS },
    parameters,
    { volunteerCount: 'int' },
  );
}
