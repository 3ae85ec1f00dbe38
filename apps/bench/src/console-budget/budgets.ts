/** One cold-cache visit of the campaign view. */
export interface CampaignViewRun {
  /** From navigation start to the headline figures on screen. */
  figuresMs: number;
  /** Script bytes the first screen loaded, as sent (gzip). */
  scriptGzipBytes: number;
  /** GraphQL requests (HTTP) of the first load, and of one refresh. */
  loadRequests: number;
  refreshRequests: number;
}

/** The issue's budgets for the console. */
export const BUDGETS = { figuresMs: 1500, scriptGzipBytes: 400 * 1024, refreshRequests: 2 };

/** What a fresh visit to /console loads for its sign-in page, beside the campaign view's runs. */
export interface SignInScript {
  signInScriptGzipBytes: number;
}

export interface BudgetReport {
  measuredAt: string;
  context: Record<string, unknown>;
  budgets: typeof BUDGETS;
  signIn: SignInScript;
  runs: CampaignViewRun[];
  worst: CampaignViewRun;
  median: CampaignViewRun;
  passed: boolean;
  verdicts: string[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Every run must keep every budget: the worst run is what a user may meet. */
export function judge(runs: CampaignViewRun[], signIn: SignInScript, context: Record<string, unknown>): BudgetReport {
  const keys = ['figuresMs', 'scriptGzipBytes', 'loadRequests', 'refreshRequests'] as const;
  const worst = Object.fromEntries(keys.map((k) => [k, Math.max(...runs.map((r) => r[k]))])) as unknown as CampaignViewRun;
  const middle = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as CampaignViewRun;
  const verdicts = [
    verdict('figures on screen', worst.figuresMs, BUDGETS.figuresMs, 'ms', middle.figuresMs),
    verdict('sign-in page script (gzip)', Math.round(signIn.signInScriptGzipBytes / 1024), BUDGETS.scriptGzipBytes / 1024, 'KB'),
    verdict('campaign view script (gzip)', Math.round(worst.scriptGzipBytes / 1024), BUDGETS.scriptGzipBytes / 1024, 'KB'),
    verdict('GraphQL requests per refresh', worst.refreshRequests, BUDGETS.refreshRequests, ''),
  ];
  return {
    measuredAt: new Date().toISOString(),
    context,
    budgets: BUDGETS,
    signIn,
    runs,
    worst,
    median: middle,
    passed: verdicts.every((v) => v.startsWith('PASS')),
    verdicts,
  };
}

function verdict(what: string, worst: number, budget: number, unit: string, typical?: number): string {
  const ok = worst <= budget;
  return `${ok ? 'PASS' : 'FAIL'} ${what}: worst ${worst}${unit}${typical !== undefined ? `, median ${typical}${unit}` : ''} (budget ${budget}${unit})`;
}
