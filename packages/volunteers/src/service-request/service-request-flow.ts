import { ServiceRequestStatus as S } from './service-request-status.enum';

/** The steps of the order flow (群众点单 → 中心派单 → 志愿者接单 → 群众评单) and where each may start. */
export const FLOW = {
  dispatch: { from: [S.ORDERED], to: S.DISPATCHED },
  reassign: { from: [S.DISPATCHED], to: S.DISPATCHED },
  reject: { from: [S.DISPATCHED], to: S.ORDERED },
  accept: { from: [S.DISPATCHED], to: S.ACCEPTED },
  complete: { from: [S.ACCEPTED], to: S.COMPLETED },
  rate: { from: [S.COMPLETED], to: S.RATED },
  cancel: { from: [S.ORDERED, S.DISPATCHED, S.ACCEPTED], to: S.CANCELLED },
} as const;

export type FlowStep = keyof typeof FLOW;

/** Steps the assigned team takes; the others are the center's (staff with order:write). */
export const TEAM_STEPS: ReadonlySet<FlowStep> = new Set(['reject', 'accept', 'complete']);

export function allowedFrom(step: FlowStep): readonly S[] {
  return FLOW[step].from;
}
