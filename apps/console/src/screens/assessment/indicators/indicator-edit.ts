import { ApiError, describeError } from '../../../api/api-error';
import type { AssessmentIndicatorKind, UpdateAssessmentIndicatorInput } from '../../../gql/graphql';
import { chineseFieldMessage } from '../../../shared/forms/chinese-error-messages';
import { formatIndicatorValue, isShare } from '../indicator-words';

/** What the editor shows and takes: a share's target as a percentage (90 for 0.9), a weight in points. */
export interface IndicatorDraft {
  target: number;
  weight: number;
}

interface EditedIndicator {
  id: string;
  kind: AssessmentIndicatorKind;
  target: number;
  weight: number;
  version: number;
}

/** The editor's starting values for an indicator as read. */
export function draftOf(indicator: EditedIndicator): IndicatorDraft {
  return { target: isShare(indicator.kind) ? round(indicator.target * 100, 2) : indicator.target, weight: indicator.weight };
}

/**
 * The update to send for a draft: only the fields changed, with the version the editor read (the
 * API refuses it with CONFLICT if someone changed the indicator since); null when nothing changed.
 */
export function updateInput(indicator: EditedIndicator, draft: IndicatorDraft): UpdateAssessmentIndicatorInput | null {
  const target = isShare(indicator.kind) ? round(draft.target / 100, 4) : draft.target;
  const input: UpdateAssessmentIndicatorInput = { id: indicator.id, expectedVersion: indicator.version };
  if (target !== indicator.target) input.target = target;
  if (draft.weight !== indicator.weight) input.weight = draft.weight;
  return input.target === undefined && input.weight === undefined ? null : input;
}

/** Where a refused save belongs: beside 目标值 or 分值, above the row, or an offer to reload (changed meanwhile). */
export interface IndicatorSaveProblem {
  fields: Partial<Record<keyof IndicatorDraft, string>>;
  message: string | null;
  staleVersion: { currentVersion?: number } | null;
}

/** The API's words on indicator values (English, a contract for programs), in Chinese for staff. */
function fieldMessage(kind: AssessmentIndicatorKind, message: string): string {
  if (/^target must be more than 0/.test(message)) return '目标值须大于 0';
  const atMost = /target is at most (\S+), got/.exec(message);
  if (atMost) return `目标值不能超过 ${formatIndicatorValue(kind, Number(atMost[1]))}`;
  const weight = /^weight must be more than 0 and at most (\d+)/.exec(message);
  if (weight) return `分值须大于 0，且不超过 ${weight[1]} 分`;
  return chineseFieldMessage(message);
}

/** A refused save of an indicator, said in Chinese where it belongs. */
export function indicatorSaveProblem(kind: AssessmentIndicatorKind, error: unknown): IndicatorSaveProblem {
  if (!(error instanceof ApiError)) return { fields: {}, message: describeError(error), staleVersion: null };
  const fields: IndicatorSaveProblem['fields'] = {};
  for (const [field, message] of Object.entries(error.fieldErrors())) {
    if (field === 'target' || field === 'weight') fields[field] = fieldMessage(kind, message);
  }
  const stale = error.errors.find((e) => e.extensions?.code === 'CONFLICT' && e.extensions.currentVersion !== undefined);
  if (stale) return { fields, message: null, staleVersion: { currentVersion: stale.extensions?.currentVersion } };
  if (Object.keys(fields).length > 0) return { fields, message: null, staleVersion: null };
  if (error.code === 'CONFLICT' && /is CLOSED/.test(error.message)) {
    return { fields, message: '该考核方案已结束，结果已定，指标不能再调整。', staleVersion: null };
  }
  return { fields, message: describeError(error), staleVersion: null };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
