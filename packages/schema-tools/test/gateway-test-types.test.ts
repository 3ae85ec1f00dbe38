import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CONFIG = join(__dirname, '..', 'codegen.ts');

/** GraphQL Code Generator's own bin: its CLI is ESM inside, which jest's module system cannot load. */
function codegenBin(): string {
  const manifest = require.resolve('@graphql-codegen/cli/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifest), bin['graphql-codegen']);
}

/** `graphql-codegen --check`: exit code 0 when the committed output is what generation writes, else 1 and the stale files. */
async function codegenCheck(): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [codegenBin(), '--config', CONFIG, '--check']);
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('apps/gateway/test/generated', () => {
  it('types every operation the gateway tests send, against the committed supergraph (run `npm run codegen` when this fails)', async () => {
    expect(await codegenCheck()).toEqual({ code: 0, output: '' });
  });
});
