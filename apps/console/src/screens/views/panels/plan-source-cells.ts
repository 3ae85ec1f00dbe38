import type { Datum } from '../../../shared/charts/chart-options';
import { shortUnitName } from '../../../shared/short-unit-name';
import type { EventDimension, ServiceHoursDimension, TrainingDimension, VolunteerDimension } from '../../../gql/graphql';
import type { DataSource, PanelFilters } from '../definition/view-definition';
import {
  EventBreakdownPanelFigures,
  ServiceHoursBreakdownPanelFigures,
  TrainingBreakdownPanelFigures,
  VolunteerBreakdownPanelFigures,
} from './panel-documents';
import type { PanelData } from './panel-data';
import { requireUnit, roundFigure, runPlan, type RunPlan } from './plan-types';

/** One breakdown of a source along one dimension, as labelled figures of one measure. */
export interface CellsRequest {
  source: DataSource;
  unitId: string;
  filters: PanelFilters;
  dimension: string;
  measure: string;
  skipEmptyUnits: boolean;
  /** Leave out the cell of what lies outside the dimension's tier (key NONE), e.g. events the county itself held in a ranking of townships. */
  dropUnassigned?: boolean;
}

interface Cell {
  keys: { key: string; label: string }[];
}

/** A figure with the key it is grouped by (an org unit id, YYYY-MM, an enum value). */
export interface KeyedDatum extends Datum {
  key: string;
}

/** The figures as a chart takes them, in the order given. */
export function withoutKeys(data: readonly KeyedDatum[]): Datum[] {
  return data.map(({ name, value }) => ({ name, value }));
}

function toData<C extends Cell>(cells: C[], measure: string, dropUnassigned = false): KeyedDatum[] {
  const kept = dropUnassigned ? cells.filter((cell) => cell.keys[0]?.key !== 'NONE') : cells;
  return kept.map((cell) => ({
    key: cell.keys[0]?.key ?? '',
    name: shortUnitName(cell.keys[0]?.label ?? ''),
    value: roundFigure(Number((cell as unknown as Record<string, unknown>)[measure] ?? 0)),
  }));
}

/**
 * The plan of a breakdown (分类统计), a trend (by month) or a ranking of units: the API's
 * breakdown of the source, one dimension asked; `shape` makes the panel's data of the figures.
 */
export function sourceCellsPlan(request: CellsRequest, shape: (unitName: string, data: KeyedDatum[]) => PanelData): RunPlan {
  const { unitId, filters, measure, skipEmptyUnits, dropUnassigned } = request;
  const period = { from: filters.from ?? null, to: filters.to ?? null };
  switch (request.source) {
    case 'events':
      return runPlan(
        EventBreakdownPanelFigures,
        {
          unitId,
          campaignId: filters.campaignId ?? null,
          ...period,
          dimension: request.dimension as EventDimension,
          skipEmptyUnits,
          withVolunteers: measure === 'volunteerCount',
        },
        (data) => {
          const unit = requireUnit(data.orgUnit);
          return shape(unit.name, toData(unit.campaignEventBreakdown, measure, dropUnassigned));
        },
      );
    case 'serviceHours':
      return runPlan(
        ServiceHoursBreakdownPanelFigures,
        { unitId, ...period, dimension: request.dimension as ServiceHoursDimension, skipEmptyUnits },
        (data) => {
          const unit = requireUnit(data.orgUnit);
          return shape(unit.name, toData(unit.serviceHoursBreakdown, measure, dropUnassigned));
        },
      );
    case 'volunteers':
      return runPlan(
        VolunteerBreakdownPanelFigures,
        { unitId, ...period, dimension: request.dimension as VolunteerDimension, skipEmptyUnits },
        (data) => {
          const unit = requireUnit(data.orgUnit);
          return shape(unit.name, toData(unit.volunteerBreakdown, measure, dropUnassigned));
        },
      );
    case 'training':
      return runPlan(
        TrainingBreakdownPanelFigures,
        { unitId, ...period, dimension: request.dimension as TrainingDimension, skipEmptyUnits },
        (data) => {
          const unit = requireUnit(data.orgUnit);
          return shape(unit.name, toData(unit.trainingBreakdown, measure, dropUnassigned));
        },
      );
  }
}
