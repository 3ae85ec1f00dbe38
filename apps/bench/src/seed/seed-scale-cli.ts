import 'reflect-metadata';
import { ensureDatabase, type DatabaseHandle } from '@civic/dev-database';
import { parseFlags } from '../cli-flags';
import { migrateAll } from './migrate-all';
import { isProfileName, PROFILE_NAMES, PROFILES } from './profiles';
import { Progress } from './progress';
import { seedScale } from './seed-scale';

const USAGE = `usage: npm run seed:scale -- [--profile ${PROFILE_NAMES.join('|')}] [--seed N] [--fresh]
  fills DATABASE_URL (or the embedded PostgreSQL) with synthetic data through COPY; same seed, same data`;

/** `npm run seed:scale`: migrate with each subgraph's CLI, then load one profile. */
async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), ['profile', 'seed'], ['fresh', 'help']);
  if (flags.help) return void console.log(USAGE);
  const profileName = String(flags.profile ?? 'county');
  if (!isProfileName(profileName)) throw new Error(`--profile must be one of ${PROFILE_NAMES.join(', ')}`);
  const seed = Number(flags.seed ?? 1);
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const progress = new Progress();
  let database: DatabaseHandle | undefined;
  try {
    database = await ensureDatabase((line) => progress.note(line));
    progress.note(`database: ${database.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}; migrating`);
    await migrateAll(database.url, (line) => progress.note(line.replace(/\n/g, '; ')));
    if (!process.env.PII_ENCRYPTION_KEY || !process.env.PII_HASH_KEY) {
      progress.note('warning: PII_ENCRYPTION_KEY / PII_HASH_KEY not set: ID numbers are sealed with the development keys');
    }
    await seedScale({ databaseUrl: database.url, profile: PROFILES[profileName], seed, fresh: Boolean(flags.fresh), progress });
    progress.note(`total ${progress.elapsed()}`);
  } finally {
    await database?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(`seed:scale: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
