import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ensureDatabase, type DatabaseHandle } from '@civic/dev-database';
import { signDevToken } from '@civic/gateway';
import { launchPlatform, type RunningPlatform } from '../platform/launch-platform';
import { benchSecrets } from '../bench/bench-secrets';
import { ensureScaleData } from '../bench/ensure-scale-data';
import { PROFILES } from '../seed/profiles';
import { Progress } from '../seed/progress';
import { BUDGETS, judge, type BudgetReport } from './budgets';
import { busiestCampaign } from './busiest-campaign';
import { measureCampaignView, measureSignInScript } from './measure-campaign-view';

const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');
const RUNS = Number(process.env.CONSOLE_BUDGET_RUNS ?? 5);

/**
 * `npm run bench:console`: the console's budgets on county data, in production mode, in the
 * Chromium from npm with a cold cache each run: how long the campaign view takes to show its figures,
 * how much script the first screen loads (gzipped, as sent), and how many GraphQL requests a refresh
 * costs. Writes bench/results/<time>-console.json and prints the verdict.
 */
async function main(): Promise<void> {
  const progress = new Progress((line) => process.stderr.write(`${line.replace('[seed:scale', '[console-budget')}\n`));
  const secrets = benchSecrets(REPO_ROOT);
  process.env.PII_ENCRYPTION_KEY = secrets.piiEncryptionKey;
  process.env.PII_HASH_KEY = secrets.piiHashKey;
  let database: DatabaseHandle | undefined;
  let platform: RunningPlatform | undefined;
  try {
    database = await ensureDatabase((line) => progress.note(line));
    const data = await ensureScaleData(database.url, PROFILES.county, 1, progress);
    platform = await launchPlatform({ repoRoot: REPO_ROOT, databaseUrl: database.url, secrets, peer: false });
    const campaign = await busiestCampaign(database.url);
    progress.note(`data ${data.marker}; campaign ${campaign.id} (${campaign.events} events) of unit ${campaign.centerCode}`);
    const token = await signDevToken(
      { role: 'PROPAGANDA', orgUnitCode: campaign.centerCode, subject: 'console-budget' },
      secrets.jwtSecret,
    );
    const runs = [];
    for (let run = 1; run <= RUNS; run++) {
      const measured = await measureCampaignView(new URL('/console', platform.gatewayUrl).href, token, campaign);
      progress.note(`run ${run}: ${JSON.stringify(measured)}`);
      runs.push(measured);
    }
    const signInScriptGzipBytes = await measureSignInScript(new URL('/console', platform.gatewayUrl).href);
    const report: BudgetReport = judge(runs, { signInScriptGzipBytes }, { data: data.marker, campaign });
    const file = join(REPO_ROOT, 'bench', 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}-console.json`);
    mkdirSync(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    for (const line of report.verdicts) console.log(line);
    console.log(`budgets ${JSON.stringify(BUDGETS)}; results in ${relative(REPO_ROOT, file)}`);
    process.exitCode = report.passed ? 0 : 1;
  } finally {
    await platform?.stop();
    await database?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
