import type { Operation } from '../../../api/graphql-client';
import type { TypedDocumentString } from '../../../gql/graphql';
import type { Panel } from '../definition/view-definition';
import type { PanelData } from './panel-data';

/** Where and for whom a view's panels run. */
export interface PanelContext {
  /** The unit a panel without a scope of its own counts: the view's owner unit when it is known. */
  fallbackUnitId?: string;
  /** A caller without a token (a public link): what names people is never asked for. */
  anonymous: boolean;
}

/** A panel's operation, and how its answer becomes what the panel shows. */
export interface RunPlan {
  kind: 'run';
  operation: Operation;
  read(data: unknown): PanelData;
}

/** A panel that asks nothing and shows a notice instead. */
export interface NoticePlan {
  kind: 'notice';
  message: string;
}

export type PanelPlan = RunPlan | NoticePlan;

export function runPlan<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  read: (data: TResult) => PanelData,
): RunPlan {
  return { kind: 'run', operation: { document, variables } as Operation, read: (data) => read(data as TResult) };
}

export function notice(message: string): NoticePlan {
  return { kind: 'notice', message };
}

export const NO_SCOPE_NOTICE = '请在面板设置中选择阵地范围';

/** The unit a panel counts: its own scope, else the view's. */
export function scopeOf(panel: Panel, context: PanelContext): string | undefined {
  return panel.filters.unitId ?? context.fallbackUnitId;
}

/** A unit the API no longer finds (deleted, or an id from elsewhere). */
export function requireUnit<T>(unit: T | null): T {
  if (unit === null) throw new Error('所选阵地不存在');
  return unit;
}

/** Hours with one decimal, counts as they are. */
export function roundFigure(value: number): number {
  return Math.round(value * 10) / 10;
}
