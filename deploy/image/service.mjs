// The image's entry point: the service to run is its command (`gateway`, or a subgraph's name and
// `serve` | `migrate` | `seed`), so one image serves every Deployment and migration Job.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SUBGRAPHS = ['org', 'volunteers', 'campaigns', 'training', 'workspace', 'community', 'assessment'];
const SUBGRAPH_COMMANDS = ['serve', 'migrate', 'seed'];
const USAGE = `usage: gateway | <${SUBGRAPHS.join('|')}> [${SUBGRAPH_COMMANDS.join('|')}]`;

/** The script and arguments a command names, or an error message. */
export function resolveService(args) {
  const [service, command = 'serve', ...rest] = args;
  if (rest.length > 0) return { error: USAGE };
  if (service === 'gateway' && args.length === 1) return { script: join(ROOT, 'apps', 'gateway', 'dist', 'main.js'), args: [] };
  if (SUBGRAPHS.includes(service) && SUBGRAPH_COMMANDS.includes(command)) {
    return { script: join(ROOT, 'packages', service, 'dist', 'cli.js'), args: [command] };
  }
  return { error: USAGE };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const resolved = resolveService(process.argv.slice(2));
  if (resolved.error || !existsSync(resolved.script)) {
    console.error(resolved.error ?? `${resolved.script} is missing: was the image built?`);
    process.exit(2);
  }
  process.argv = [process.argv[0], resolved.script, ...resolved.args];
  await import(resolved.script);
}
