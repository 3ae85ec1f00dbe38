import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const SCRIPTS = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/**
 * A stand-in for turbo that talks on stdout as turbo does ("• Packages in scope", "Tasks: …") and
 * builds nothing: the real build is the test run's own (jest runs on a built tree), and a rebuild
 * here would take a minute and race other runs over dist/.
 */
function fakeTurbo(exitCode: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'civic-turbo-'));
  const file = join(dir, 'turbo');
  writeFileSync(
    file,
    `#!/bin/sh\necho '   • Packages in scope: @civic/platform'\necho ' Tasks:    7 successful, 7 total'\nexit ${exitCode}\n`,
  );
  chmodSync(file, 0o755);
  return dir;
}

/** Runs a root script as `npm run -s <name> -- <args>` does: through sh, from the repository root. */
function runScript(name: string, args: string[], turboDir: string) {
  return spawnSync('sh', ['-c', `${SCRIPTS[name]} ${args.join(' ')}`], {
    cwd: REPO_ROOT,
    env: { ...process.env, PATH: `${turboDir}${delimiter}${process.env.PATH ?? ''}` },
    encoding: 'utf8',
  });
}

describe('npm run -s token -- --role ANALYST (as the README has it)', () => {
  it('prints the token alone on stdout, so TOKEN=$(…) works; the build talks on stderr', () => {
    const run = runScript('token', ['--role', 'ANALYST'], fakeTurbo(0));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const payload = JSON.parse(Buffer.from(run.stdout.split('.')[1], 'base64url').toString()) as { role: string };
    expect(payload.role).toBe('ANALYST');
    expect(run.stderr).toContain('Packages in scope');
  });

  it('prints nothing on stdout and shows the build error when the build fails', () => {
    const run = runScript('token', ['--role', 'ANALYST'], fakeTurbo(1));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Tasks:');
  });

  it('leaves stdout to the program in every root script that builds first', () => {
    const buildsFirst = Object.entries(SCRIPTS).filter(([, script]) => /^turbo run build\b.* && /.test(script));
    expect(buildsFirst.map(([name]) => name)).toEqual(expect.arrayContaining(['token', 'schema:api', 'start']));
    for (const [name, script] of buildsFirst)
      expect({ name, build: script.split(' && ')[0] }).toEqual({ name, build: expect.stringMatching(/ >&2$/) });
  });
});
