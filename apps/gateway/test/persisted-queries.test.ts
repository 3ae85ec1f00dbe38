import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse, print } from 'graphql';
import { documentHash, type RunningGateway } from '../src';
import { contractOperations } from './support/contract';
import { postJson, send, type RawResponse } from './support/http';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { directoryTotal } from './support/queries';

const run = promisify(execFile);
const CLI = join(__dirname, '..', 'dist', 'persisted', 'trusted-documents-cli.js');

let platform: TestPlatform;

let total: number;

beforeAll(async () => {
  platform = await startTestPlatform();
  total = await directoryTotal(platform.gateway.url);
}, 180000);
afterAll(() => platform?.stop());

const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

/** A GET as APQ clients send it; the preflight header satisfies Apollo's CSRF prevention. */
const getPersisted = (url: string, hash: string, query?: string): Promise<RawResponse> => {
  const target = new URL(url);
  target.searchParams.set('extensions', JSON.stringify(persisted(hash)));
  if (query) target.searchParams.set('query', query);
  return send(target.toString(), { headers: { 'apollo-require-preflight': 'true' } });
};

describe('automatic persisted queries (APQ)', () => {
  it('POST: PersistedQueryNotFound, then register with the text, then the hash alone runs', async () => {
    const query = `{ orgUnits(first: 3) { totalCount } }`;
    const hash = documentHash(query);
    const miss = await postJson(platform.gateway.url, { extensions: persisted(hash) });
    expect(miss.status).toBe(200);
    expect(miss.json.errors[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });

    const register = await postJson(platform.gateway.url, { query, extensions: persisted(hash) });
    expect(register.json).toEqual({ data: { orgUnits: { totalCount: total } } });

    const hit = await postJson(platform.gateway.url, { extensions: persisted(hash) });
    expect(hit.json).toEqual({ data: { orgUnits: { totalCount: total } } });
  });

  it('GET: the same flow with the hash in the query string', async () => {
    const query = `{ orgUnits(first: 4) { edges { node { level } } } }`;
    const hash = documentHash(query);
    expect((await getPersisted(platform.gateway.url, hash)).json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await getPersisted(platform.gateway.url, hash, query)).json.data.orgUnits.edges).toHaveLength(4);
    const hit = await getPersisted(platform.gateway.url, hash);
    expect(hit.status).toBe(200);
    expect(hit.json.data.orgUnits.edges[0].node.level).toBe('CENTER');
  });

  it('refuses a hash that does not match the text', async () => {
    const res = await postJson(platform.gateway.url, { query: `{ __typename }`, extensions: persisted(documentHash('{ other }')) });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].message).toBe('provided sha does not match query');
  });

  it('applies the document limits to a persisted query too', async () => {
    const deep = `{ orgUnit(id: "1") { ${'parent { '.repeat(20)}name${' }'.repeat(20)} } }`;
    const res = await postJson(platform.gateway.url, { query: deep, extensions: persisted(documentHash(deep)) });
    expect(res.json.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect((await postJson(platform.gateway.url, { extensions: persisted(documentHash(deep)) })).json.errors[0].extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
  });
});

describe('trusted documents', () => {
  const TRUSTED = [
    'query Directory { orgUnits(first: 2) { totalCount } }',
    'query Levels { orgUnits(first: 1) { edges { node { level } } } }',
  ];
  let folder: string;
  let manifestPath: string;
  let gateway: RunningGateway;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'trusted-'));
    TRUSTED.forEach((text, i) => writeFileSync(join(folder, `op-${i}.graphql`), `# operation ${i}\n${text}\n`));
    manifestPath = join(folder, 'manifest.json');
    await run(process.execPath, [CLI, folder, '--out', manifestPath]);
    gateway = await platform.startGateway({ trustedDocuments: manifestPath });
  });
  afterAll(async () => {
    await gateway?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const printed = (text: string) => print(parse(text));

  it('the CLI writes { sha256: printed document } for every .graphql file', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
    expect(Object.values(manifest).sort()).toEqual(TRUSTED.map(printed).sort());
    for (const [hash, query] of Object.entries(manifest)) expect(documentHash(query)).toBe(hash);
  });

  it('the CLI reads the contract operations by default', async () => {
    const { stdout } = await run(process.execPath, [CLI]);
    const manifest = JSON.parse(stdout) as Record<string, string>;
    expect(Object.keys(manifest)).toHaveLength(contractOperations().length);
    expect(Object.values(manifest)).toContain(printed(contractOperations().find(([f]) => f === 'org-dashboard.graphql')![1]));
  });

  it('runs a trusted document sent by hash alone, or as full text', async () => {
    const byHash = await postJson(gateway.url, { extensions: persisted(documentHash(printed(TRUSTED[0]))) });
    expect(byHash.json).toEqual({ data: { orgUnits: { totalCount: total } } });
    const byText = await postJson(gateway.url, { query: printed(TRUSTED[1]) });
    expect(byText.json.data.orgUnits.edges[0].node.level).toBe('CENTER');
  });

  it.each([
    ['an unknown document', () => ({ query: '{ orgUnits(first: 3) { totalCount } }' })],
    ['an unknown hash', () => ({ extensions: persisted(documentHash('{ orgUnits(first: 3) { totalCount } }')) })],
    ['a trusted document written differently', () => ({ query: TRUSTED[0] })],
    ['an attempt to register a document (APQ)', () => ({ query: '{ __typename }', extensions: persisted(documentHash('{ __typename }')) })],
  ])('refuses %s with PERSISTED_QUERY_NOT_TRUSTED', async (_label, body) => {
    const res = await postJson(gateway.url, body());
    expect(res.status).toBe(400);
    expect(res.json.data).toBeUndefined();
    expect(res.json.errors[0]).toMatchObject({
      message: 'this gateway only runs trusted documents, and this one is not in its manifest',
      extensions: { code: 'PERSISTED_QUERY_NOT_TRUSTED' },
    });
  });

  it('does not remember a refused registration', async () => {
    const res = await postJson(gateway.url, { extensions: persisted(documentHash('{ __typename }')) });
    expect(res.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_TRUSTED');
  });

  it('is switched on by GATEWAY_TRUSTED_DOCUMENTS', async () => {
    process.env.GATEWAY_TRUSTED_DOCUMENTS = manifestPath;
    const fromEnv = await platform.startGateway();
    delete process.env.GATEWAY_TRUSTED_DOCUMENTS;
    try {
      expect((await postJson(fromEnv.url, { query: '{ __typename }' })).json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_TRUSTED');
      expect((await postJson(fromEnv.url, { query: printed(TRUSTED[0]) })).json.data.orgUnits.totalCount).toBe(total);
    } finally {
      await fromEnv.stop();
    }
  });

  it('refuses to start with a manifest whose hash does not match its query', async () => {
    const forged = join(folder, 'forged.json');
    writeFileSync(forged, JSON.stringify({ [documentHash('{ __typename }')]: '{ orgUnits(first: 100) { totalCount } }' }));
    await expect(platform.startGateway({ trustedDocuments: forged })).rejects.toThrow('is not the sha256 of its query');
  });
});
