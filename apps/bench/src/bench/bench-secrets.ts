import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface BenchSecrets {
  jwtSecret: string;
  internalSecret: string;
  piiEncryptionKey: string;
  piiHashKey: string;
}

/**
 * Production mode refuses the development secrets, so every bench run makes throwaway ones. The
 * PII keys must match the ones the scale data was sealed with: they come from PII_ENCRYPTION_KEY /
 * PII_HASH_KEY when set, otherwise from a git-ignored file beside the embedded database
 * (.data/bench/pii-keys.json), made on first use and handed to both the seeder and the subgraphs.
 */
export function benchSecrets(repoRoot: string): BenchSecrets {
  const random = () => randomBytes(48).toString('base64url');
  return { jwtSecret: random(), internalSecret: random(), ...piiKeys(repoRoot) };
}

function piiKeys(repoRoot: string): { piiEncryptionKey: string; piiHashKey: string } {
  if (process.env.PII_ENCRYPTION_KEY && process.env.PII_HASH_KEY) {
    return { piiEncryptionKey: process.env.PII_ENCRYPTION_KEY, piiHashKey: process.env.PII_HASH_KEY };
  }
  const file = join(repoRoot, '.data', 'bench', 'pii-keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { piiEncryptionKey: string; piiHashKey: string };
  const keys = { piiEncryptionKey: randomBytes(32).toString('base64'), piiHashKey: randomBytes(32).toString('base64') };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(keys, null, 2) + '\n', { mode: 0o600 });
  return keys;
}
