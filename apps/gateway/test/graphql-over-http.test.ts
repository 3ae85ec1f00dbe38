import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditServer, type AuditResult } from 'graphql-http';
import { signDevToken } from '../src';
import { REPO_ROOT } from '../src/subgraphs';
import { startTestPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let authenticated: AuditResult[];
let anonymous: AuditResult[];

beforeAll(async () => {
  platform = await startTestPlatform();
  const authorization = `Bearer ${await signDevToken({ role: 'ANALYST' })}`;
  const withToken = (input: Parameters<typeof fetch>[0], init: RequestInit = {}) =>
    fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), authorization } });
  authenticated = await auditServer({ url: platform.gateway.url, fetchFn: withToken });
  anonymous = await auditServer({ url: platform.gateway.url });
}, 180000);
afterAll(() => platform?.stop());

/** The audit ids listed in one "## <heading>" table of docs/graphql-over-http.md. */
function documented(heading: string): string[] {
  const doc = readFileSync(join(REPO_ROOT, 'docs', 'graphql-over-http.md'), 'utf8');
  const section = doc.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) throw new Error(`docs/graphql-over-http.md has no "## ${heading}" section`);
  return [...section.matchAll(/^\| ([0-9A-Z]{4}) \|/gm)].map((m) => m[1]).sort();
}

const failing = (results: AuditResult[], requirement: 'MUST' | 'SHOULD' | 'MAY') =>
  results.filter((r) => r.status !== 'ok' && r.name.startsWith(`${requirement} `));

describe('graphql-http audit of the gateway', () => {
  it('runs the whole audit', () => {
    expect(authenticated.length).toBeGreaterThan(50);
    expect(anonymous.length).toBe(authenticated.length);
  });

  it('passes every MUST audit for an authenticated client', () => {
    expect(failing(authenticated, 'MUST').map((r) => `${r.id} ${r.name}: ${r.status !== 'ok' ? r.reason : ''}`)).toEqual([]);
  });

  it('fails exactly the SHOULD audits docs/graphql-over-http.md lists, and explains', () => {
    expect(
      failing(authenticated, 'SHOULD')
        .map((r) => r.id)
        .sort(),
    ).toEqual(documented('SHOULD audits that fail'));
  });

  it('fails exactly the MAY audits the page lists', () => {
    expect(
      failing(authenticated, 'MAY')
        .map((r) => r.id)
        .sort(),
    ).toEqual(documented('MAY audits that fail'));
  });

  it('for anonymous callers fails only the MUST audits that introspect, refused by policy', async () => {
    const mustFailures = failing(anonymous, 'MUST');
    expect(mustFailures.map((r) => r.id).sort()).toEqual(documented('MUST audits that fail for anonymous callers'));
    for (const failure of mustFailures) {
      if (failure.status === 'ok') continue;
      const body = (await failure.response.clone().json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('INTROSPECTION_DISABLED');
    }
  });
});
