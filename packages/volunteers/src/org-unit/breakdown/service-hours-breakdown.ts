import type { DataSource } from 'typeorm';
import {
  chinaMonthOf,
  instantInPeriod,
  StatsScope,
  type CubeDimension,
  type Period,
  assertDistinct,
  cubeCells,
  enumDimension,
  monthDimension,
  StatementParameters,
} from '@civic/subgraph-kit';
import { POLITICAL_STATUS_DESCRIPTIONS } from '../../volunteer/volunteer-enums';
import { ServiceHoursDimension as D } from './breakdown-dimensions.enum';
import type { ServiceHoursCell } from './breakdown-cells.type';
import { homeInScope, MAX_CELLS } from './cube-parts';
import { UNIT_LEVEL_OF, unitDimension } from './unit-dimension';

export interface ServiceHoursBreakdownQuery {
  unitId: number;
  scope: StatsScope;
  dimensions: D[];
  period: Period;
  skipEmptyUnits: boolean;
}

/**
 * Approved service hours of the volunteers registered in a unit's subtree (or at the unit), begun
 * in the period, by any dimensions at once, in one statement: hours, records and distinct
 * volunteers per cell, every township or month of a closed period present (zeros included).
 */
export function serviceHoursBreakdown(db: DataSource, q: ServiceHoursBreakdownQuery): Promise<ServiceHoursCell[]> {
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
      case D.MONTH:
        return monthDimension(name, chinaMonthOf('r.started_at'), q.period, bind);
      case D.TEAM:
        return {
          name,
          key: 'r.team_id',
          labelSql: (k) => `coalesce((SELECT t.name FROM volunteers.volunteer_team t WHERE t.id::text = ${k}), '无服务队')`,
        };
      case D.ACTIVITY:
        return {
          name,
          key: 'r.activity_id',
          labelSql: (k) => `coalesce((SELECT a.title FROM volunteers.activity a WHERE a.id::text = ${k}), '无关联活动')`,
        };
      case D.POLITICAL_STATUS:
        return enumDimension(name, 'v.political_status', POLITICAL_STATUS_DESCRIPTIONS, '未填写', position, bind);
    }
  });
  const facts = `volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
    ${joins.join('\n    ')}
    WHERE r.status = 'APPROVED' AND ${homeInScope('v.home_unit_id', root, q.scope)} AND ${instantInPeriod('r.started_at', q.period, bind)}`;
  return cubeCells(
    db,
    {
      facts,
      dimensions,
      measures: [
        { name: 'hours', aggregate: 'sum(r.hours)' },
        { name: 'recordCount', aggregate: 'count(*)' },
        { name: 'volunteerCount', aggregate: 'count(DISTINCT r.volunteer_id)' },
      ],
      maxCells: MAX_CELLS,
    },
    parameters,
    { hours: 'float', recordCount: 'int', volunteerCount: 'int' },
  );
}
