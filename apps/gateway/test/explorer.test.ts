import { postGraphQL } from '@civic/testing';
import { loadExampleOperations, prefersHtml, type ExampleOperation } from '../src/explorer';
import { callAs } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let origin: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  origin = new URL(platform.gateway.url).origin;
}, 180000);
afterAll(() => platform?.stop());

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

describe('the explorer moved into the console: /graphql sends browsers to the workbench', () => {
  it('answers a browser opening /graphql with a redirect to /console/analysis', async () => {
    for (const url of [platform.gateway.url, `${platform.gateway.url}?query=%7B__typename%7D`]) {
      const res = await fetch(url, { headers: { accept: BROWSER_ACCEPT }, redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/console/analysis');
    }
  });

  it('keeps GraphQL over GET and POST on /graphql working', async () => {
    const query = encodeURIComponent('{ orgUnitByCode(code: "513426-ZX") { name } }');
    for (const accept of ['application/graphql-response+json', '*/*', 'application/json, text/html']) {
      const get = await fetch(`${platform.gateway.url}?query=${query}`, {
        headers: { accept, 'apollo-require-preflight': 'true' },
        redirect: 'manual',
      });
      expect({ accept, status: get.status }).toEqual({ accept, status: 200 });
      expect(await get.json()).toEqual({ data: { orgUnitByCode: { name: '会东县新时代文明实践中心' } } });
    }
    const post = await postGraphQL(platform.gateway.url, '{ orgUnitByCode(code: "513426-ZX") { name } }');
    expect(post.data).toEqual({ orgUnitByCode: { name: '会东县新时代文明实践中心' } });
  });

  it('no longer serves the GraphiQL 3 page, its scripts or its font', async () => {
    for (const path of [
      '/explorer/graphiql.min.js',
      '/explorer/react.production.min.js',
      '/explorer/explorer.js',
      '/explorer/fonts/noto-sans-sc.css',
    ]) {
      expect({ path, status: (await fetch(`${origin}${path}`)).status }).toEqual({ path, status: 404 });
    }
    const html = await fetch(platform.gateway.url, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(html.status).toBe(302);
  });

  it.each([
    [BROWSER_ACCEPT, true],
    ['text/html', true],
    ['application/json, text/html', false],
    ['text/html;q=0.5, application/json', false],
    ['*/*', false],
    ['application/graphql-response+json, application/json;q=0.9', false],
    ['text/*, application/json;q=0.5', true],
  ])('reads Accept: %s as a browser: %s', (accept, browser) => {
    expect(prefersHtml({ method: 'GET', headers: { accept } })).toBe(browser);
    expect(prefersHtml({ method: 'POST', headers: { accept } })).toBe(false);
  });
});

describe('the cookbook the workbench lists (GET /explorer/examples.json)', () => {
  let examples: ExampleOperation[];
  beforeAll(async () => {
    examples = (await (await fetch(`${origin}/explorer/examples.json`)).json()) as ExampleOperation[];
  });

  it('offers the analysts’ cookbook and every contract operation, each with a Chinese title', () => {
    expect(examples).toEqual(loadExampleOperations());
    expect(examples.filter((e) => e.group === 'contract').map((e) => e.id)).toEqual([
      'campaign-view',
      'org-dashboard',
      'service-order-flow',
      'training-program',
      'volunteer-profile',
    ]);
    expect(examples.filter((e) => e.group === 'cookbook').map((e) => e.chineseTitle)).toEqual(
      expect.arrayContaining([
        '各乡镇志愿服务时长',
        '各乡镇月度志愿服务时长',
        '宣讲场次按场所类型统计',
        '未覆盖的村和乡镇',
        '志愿者服务时长排行',
        '培训出勤',
      ]),
    );
    for (const example of examples) {
      expect(example.query).not.toMatch(/^# variables:/m);
      expect({ id: example.id, chinese: /\p{Script=Han}/u.test(example.chineseTitle) }).toEqual({ id: example.id, chinese: true });
    }
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
