import { parseFlags } from '../cli-flags';
import { isProfileName, PROFILE_NAMES, type ProfileName } from '../seed/profiles';

export interface BenchOptions {
  profile: ProfileName;
  seed: number;
  /** Seconds each scenario is measured, after `warmup` seconds unmeasured. */
  duration: number;
  warmup: number;
  concurrency: number;
  /** Scenarios of one operation (direct, ours, peer) take turns over this many rounds of duration/rounds seconds each. */
  rounds: number;
  /** Only scenarios whose name contains one of these (case-insensitive). */
  scenarios: string[] | null;
  quick: boolean;
  peer: boolean;
  /** County results to compare p95 with; default: the newest full county run in bench/results. */
  compare: string | null;
  /** Seconds of mixed load at the end, to watch memory; 0 for none. */
  soak: number;
}

export const USAGE = `usage: npm run bench -- [--profile ${PROFILE_NAMES.join('|')}] [--duration S] [--warmup S] [--concurrency N] [--rounds N]
                       [--scenarios name,name] [--quick] [--no-peer] [--soak S] [--compare results.json] [--seed N]
  starts the platform in production mode against DATABASE_URL (or the embedded PostgreSQL), seeding
  the profile first if the database is empty, and writes bench/results/<timestamp>.json`;

export function parseBenchOptions(argv: string[]): BenchOptions | null {
  const f = parseFlags(
    argv,
    ['profile', 'seed', 'duration', 'warmup', 'concurrency', 'rounds', 'scenarios', 'compare', 'soak'],
    ['quick', 'no-peer', 'help'],
  );
  if (f.help) return null;
  const profile = String(f.profile ?? 'county');
  if (!isProfileName(profile)) throw new Error(`--profile must be one of ${PROFILE_NAMES.join(', ')}`);
  const quick = Boolean(f.quick);
  const num = (name: string, fallback: number) => {
    const value = f[name] === undefined ? fallback : Number(f[name]);
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number`);
    return value;
  };
  return {
    profile,
    seed: num('seed', 1),
    duration: num('duration', quick ? 1 : 15),
    warmup: num('warmup', quick ? 0.5 : 3),
    concurrency: Math.max(1, num('concurrency', quick ? 8 : 16)),
    rounds: Math.max(1, Math.round(num('rounds', quick ? 1 : 3))),
    scenarios:
      typeof f.scenarios === 'string'
        ? f.scenarios
            .split(',')
            .map((s) => s.trim().toLowerCase())
            .filter(Boolean)
        : null,
    quick,
    peer: !f['no-peer'],
    compare: typeof f.compare === 'string' ? f.compare : null,
    soak: num('soak', 0),
  };
}
