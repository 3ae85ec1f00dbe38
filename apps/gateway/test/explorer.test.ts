import { postGraphQL } from '@civic/testing';
import { loadExampleOperations, type ExampleOperation } from '../src/explorer/example-operations';
import { callAs } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let origin: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  origin = new URL(platform.gateway.url).origin;
}, 180000);
afterAll(() => platform?.stop());

describe('the explorer at /graphql, served offline', () => {
  it('answers a browser (Accept: text/html) with the explorer page, loading only files of the gateway', async () => {
    const res = await fetch(platform.gateway.url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<div id="explorer-root">');
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual([
      '/explorer/fonts/noto-sans-sc.css',
      '/explorer/graphiql.min.css',
      '/explorer/explorer.css',
      '/explorer/react.production.min.js',
      '/explorer/react-dom.production.min.js',
      '/explorer/graphiql.min.js',
      '/explorer/explorer.js',
      '/explorer/export-buttons.js',
    ]);
    expect(html).not.toMatch(/https?:\/\//);
    for (const source of sources) {
      const asset = await fetch(`${origin}${source}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(source.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(500);
    }
  });

  it('serves its own Chinese font: every slice the style sheet names, from the gateway', async () => {
    const css = await (await fetch(`${origin}/explorer/fonts/noto-sans-sc.css`)).text();
    const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(90);
    expect(urls.every((url) => /^\/explorer\/fonts\/noto-sans-sc-[\w-]+-400-normal\.woff2$/.test(url))).toBe(true);
    expect(css).toContain("font-family: 'Noto Sans SC'");
    // The first and the last slice are real woff2 files.
    for (const url of [urls[0], urls.at(-1)]) {
      const font = await fetch(`${origin}${url}`);
      expect(font.status).toBe(200);
      expect(font.headers.get('content-type')).toBe('font/woff2');
      expect(
        Buffer.from(await font.arrayBuffer())
          .subarray(0, 4)
          .toString('latin1'),
      ).toBe('wOF2');
    }
  });

  it('tells the page the introspection policy, so that it asks for a token first', async () => {
    const html = await (await fetch(platform.gateway.url, { headers: { accept: 'text/html' } })).text();
    const config = JSON.parse(/<script type="application\/json" id="explorer-config">(.*?)<\/script>/.exec(html)![1]);
    expect(config).toEqual({
      graphqlUrl: '/graphql',
      exportUrl: '/export.csv',
      excelExportUrl: '/export.xlsx',
      examplesUrl: '/explorer/examples.json',
      introspection: 'authenticated',
    });
  });

  it('keeps GraphQL over GET and POST on /graphql working', async () => {
    const get = await fetch(`${platform.gateway.url}?query=${encodeURIComponent('{ orgUnitByCode(code: "513426-ZX") { name } }')}`, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { orgUnitByCode: { name: '会东县新时代文明实践中心' } } });
    const post = await postGraphQL(platform.gateway.url, '{ orgUnitByCode(code: "513426-ZX") { name } }');
    expect(post.data).toEqual({ orgUnitByCode: { name: '会东县新时代文明实践中心' } });
  });
});

describe('the preloaded examples', () => {
  let examples: ExampleOperation[];
  beforeAll(async () => {
    examples = (await (await fetch(`${origin}/explorer/examples.json`)).json()) as ExampleOperation[];
  });

  it('offers the analysts’ cookbook and every contract operation', () => {
    expect(examples).toEqual(loadExampleOperations());
    expect(examples.filter((e) => e.group === 'contract').map((e) => e.id)).toEqual([
      'campaign-view',
      'org-dashboard',
      'service-order-flow',
      'training-program',
      'volunteer-profile',
    ]);
    expect(examples.filter((e) => e.group === 'cookbook').map((e) => e.title)).toEqual(
      expect.arrayContaining([
        'Volunteer hours by township (各乡镇志愿服务时长)',
        'Volunteer hours by township and month (各乡镇月度志愿服务时长)',
        'Campaign sessions by kind of place (宣讲场次按场所类型统计)',
        'Coverage gaps (未覆盖的村和乡镇)',
        'Top volunteers (志愿者服务时长排行)',
        'Training attendance (培训出勤)',
      ]),
    );
    for (const example of examples) expect(example.query).not.toMatch(/^# variables:/m);
  });

  it('runs every example query as an analyst, with its own variables, without an error and with data', async () => {
    const queries = examples.filter((e) => !/^\s*mutation\b/m.test(e.query));
    expect(queries.length).toBeGreaterThanOrEqual(12);
    for (const example of queries) {
      const res = await callAs(platform.gateway.url, { role: 'ANALYST' }, example.query, JSON.parse(example.variables));
      expect({ example: example.id, errors: res.errors }).toEqual({ example: example.id, errors: undefined });
      const root = Object.values(res.data ?? {})[0];
      expect({ example: example.id, hasData: root !== null && root !== undefined }).toEqual({ example: example.id, hasData: true });
    }
  });

  it('gives the contract mutations valid variables (an analyst is refused by role, not by input)', async () => {
    const flow = examples.find((e) => e.id === 'service-order-flow')!;
    const res = await callAs(platform.gateway.url, { role: 'ANALYST' }, flow.query, JSON.parse(flow.variables), 'OrderService');
    // An analyst writes nothing: the variables are valid, the refusal is about the role.
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
