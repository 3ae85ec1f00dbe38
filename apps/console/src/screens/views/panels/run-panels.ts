import { describeError } from '../../../api/api-error';
import { executeBatchSettled, type RequestOptions } from '../../../api/graphql-client';
import type { Panel } from '../definition/view-definition';
import type { PanelOutcome } from './panel-data';
import { planPanel } from './plan-panel';
import type { PanelContext, RunPlan } from './plan-types';

/** Outcomes by panel id. */
export type PanelOutcomes = Record<string, PanelOutcome>;

/**
 * Runs every panel of a view in ONE request (a batch of their operations): however many panels a
 * view has, a refresh costs one round trip, and one panel's error leaves the others standing.
 */
export async function runPanels(panels: readonly Panel[], context: PanelContext, options: RequestOptions = {}): Promise<PanelOutcomes> {
  const plans = panels.map((panel) => ({ panel, plan: planPanel(panel, context) }));
  const runs = plans.filter((p): p is { panel: Panel; plan: RunPlan } => p.plan.kind === 'run');
  const answers = await executeBatchSettled(
    runs.map((r) => r.plan.operation),
    options,
  );
  const outcomes: PanelOutcomes = {};
  for (const { panel, plan } of plans) {
    if (plan.kind === 'notice') outcomes[panel.id] = { state: 'notice', message: plan.message };
  }
  runs.forEach(({ panel, plan }, index) => {
    const answer = answers[index];
    if (!answer) outcomes[panel.id] = { state: 'error', message: '没有收到数据' };
    else if (!answer.ok) outcomes[panel.id] = { state: 'error', message: describeError(answer.error) };
    else {
      try {
        outcomes[panel.id] = { state: 'ok', data: plan.read(answer.data) };
      } catch (error) {
        outcomes[panel.id] = { state: 'error', message: error instanceof Error ? error.message : String(error) };
      }
    }
  });
  return outcomes;
}
