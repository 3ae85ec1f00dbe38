import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { postgresBinaries } from '@civic/testing';

const run = promisify(execFile);

const onPath = (command: string) =>
  run('sh', ['-c', `command -v ${command}`]).then(
    () => true,
    () => false,
  );

/**
 * Root (for namespaces), iproute2, Redis and the PostgreSQL packages must be there; HAProxy is
 * installed from Debian's packages when it is missing, as the machine allows.
 */
export async function checkPrerequisites(log: (line: string) => void): Promise<void> {
  if (process.getuid?.() !== 0) throw new Error('the topology test makes network namespaces: run it as root');
  const missing = [];
  if (!(await onPath('ip'))) missing.push('iproute2 (ip)');
  if (!(await onPath('redis-server'))) missing.push('redis-server');
  if (!postgresBinaries()) missing.push('the PostgreSQL server packages (initdb, pg_ctl, pg_basebackup)');
  if (missing.length > 0) throw new Error(`missing: ${missing.join(', ')}`);
  if (await onPath('haproxy')) return;
  log('installing HAProxy from Debian’s packages');
  await run('apt-get', ['install', '-y', '-q', 'haproxy'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).catch(
    (err: Error) => {
      throw new Error(`HAProxy is missing and apt-get could not install it: ${err.message}`);
    },
  );
}
