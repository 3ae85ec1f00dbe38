import type { Datum } from '../../../shared/charts/chart-options';

/** What a panel shows once its operation has answered: shaped for display, free of GraphQL. */

export interface Figure {
  label: string;
  value: number;
  unit: string;
  /** e.g. 目标 700 场 · 完成 102.9% */
  note?: string;
}

export interface FiguresData {
  kind: 'figures';
  unitName: string;
  figures: Figure[];
}

export interface SeriesData {
  kind: 'series';
  unitName: string;
  data: Datum[];
  measureLabel: string;
  unit: string;
}

export interface EventRow {
  id: string;
  title: string;
  heldAt: string;
  format: string;
  venueType: string;
  place: string;
  audienceCount: number;
  hostName: string;
  campaignName: string;
}

export interface RowsData {
  kind: 'rows';
  rows: EventRow[];
  totalCount: number;
}

export interface RankingData {
  kind: 'ranking';
  unitName: string;
  entries: { rank: number; name: string; value: number }[];
  measureLabel: string;
  unit: string;
}

export interface CoverageTierData {
  label: string;
  total: number;
  covered: number;
  percent: number | null;
}

export interface CoverageData {
  kind: 'coverage';
  unitName: string;
  regionName?: string;
  tiers: CoverageTierData[];
  /** With a campaign: the units of the chosen tier without an event, of how many. */
  withoutEvents?: { levelLabel: string; total: number; names: string[] };
}

export type PanelData = FiguresData | SeriesData | RowsData | RankingData | CoverageData;

/** A panel's outcome: its data, a notice in place of data (nothing to ask, or not public), or the error. */
export type PanelOutcome = { state: 'ok'; data: PanelData } | { state: 'notice'; message: string } | { state: 'error'; message: string };
