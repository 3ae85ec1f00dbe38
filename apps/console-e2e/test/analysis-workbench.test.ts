import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { createScratchDatabase } from '@civic/testing';
import { Workbook } from 'exceljs';
import type { Page, Request } from 'playwright-core';
import { callAs, type Caller } from '../../gateway/test/support/callers';
import { startTestPlatform, type TestPlatform } from '../../gateway/test/support/platform';
import {
  collectPageErrors,
  consoleUrl,
  launchOfflineBrowser,
  openSignedIn,
  saveScreenshot,
  type OfflineBrowser,
} from './support/console-browser';

/**
 * 数据分析: the analysts' workbench, the platform's one explorer (GraphiQL 5 inside the console), in
 * headless Chromium with only localhost reachable. What the retired /graphql page was tested for
 * (offline, token before schema, docs, a cookbook run, Excel export, the Chinese font) is tested here,
 * with the table, the chart and saved queries. Saves queries, so its own database.
 */
let platform: TestPlatform;
let browser: OfflineBrowser;
let pageErrors: string[];
let huidongStation: { code: string; name: string };

const ANALYST: Caller = { role: 'ANALYST', subject: 'e2e-analyst' };
const HUIDONG_ORG_ADMIN: Caller = { role: 'ORG_ADMIN', orgUnitCode: '513426-ZX', subject: 'e2e-huidong-org-admin' };
const TONGCHUAN_ORG_ADMIN: Caller = { role: 'ORG_ADMIN', orgUnitCode: '610200-ZX', subject: 'e2e-tongchuan-org-admin' };
const SAVED_NAME = '各乡镇志愿服务时长（e2e）';

/** Requests the page sent to /graphql, with their headers, from the start. */
const graphqlRequests: { body: string; authorization?: string }[] = [];

beforeAll(async () => {
  browser = await launchOfflineBrowser();
  pageErrors = collectPageErrors(browser.page);
  browser.page.on('request', (request: Request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') {
      graphqlRequests.push({ body: request.postData() ?? '', authorization: request.headers()['authorization'] });
    }
  });
  platform = await startTestPlatform({ databaseUrl: await createScratchDatabase() });
  const stations = await callAs<{ orgUnits: { edges: { node: { code: string; name: string } }[] } }>(
    platform.gateway.url,
    ANALYST,
    `{ orgUnits(first: 1, filter: { level: STATION, ancestorId: "1" }) { edges { node { code name } } } }`,
  );
  huidongStation = stations.data!.orgUnits.edges[0].node;
}, 240000);
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

// Each test answers for the errors raised while it ran, so one failure does not fail those after it.
beforeEach(() => void pageErrors?.splice(0));

/**
 * Serious and critical axe findings on the console's own parts. GraphiQL's internals are left out:
 * Monaco's token colours and GraphiQL's tab (a button inside a tab) are that project's, not ours.
 */
async function consoleViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).exclude('.graphiql-container').analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** Waits until `condition` holds, checking every 100 ms. */
async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const introspections = () => graphqlRequests.filter((request) => request.body.includes('__schema'));

/** Waits until the editor's operation pane holds text containing `fragment` (Monaco renders lines as it scrolls). */
async function editorShows(page: Page, fragment: string): Promise<void> {
  await page.locator('.graphiql-query-editor .view-lines').filter({ hasText: fragment }).first().waitFor({ timeout: 30000 });
}

describe('the workbench as an analyst, offline', () => {
  it('is where a browser opening /graphql lands, and reads the schema only with the console’s token', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1440, height: 1000 });
    await openSignedIn(page, platform.gateway.url, ANALYST, '/sign-in');
    // The old explorer's address: the gateway sends browsers to the workbench.
    await page.goto(platform.gateway.url);
    await page.waitForURL(/\/console\/analysis$/);
    await page.getByRole('heading', { name: '数据分析工作台' }).waitFor();
    await page.locator('.graphiql-container .monaco-editor').first().waitFor({ timeout: 60000 });

    // Token before schema: every introspection carried the session's token, none went without.
    await until(() => introspections().length > 0, 30000);
    expect(introspections().every((request) => request.authorization?.startsWith('Bearer ey'))).toBe(true);

    // Schema docs: the documentation explorer lists the root type once introspection succeeded.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor({ timeout: 30000 });
    await page.getByRole('button', { name: 'Hide Documentation Explorer' }).click();

    // The cookbook, in Chinese.
    await expect(page.locator('button[data-example="volunteer-hours-by-township"]').textContent()).resolves.toBe('各乡镇志愿服务时长');
    await expect(page.locator('button[data-example="top-volunteers"]').textContent()).resolves.toBe('志愿者服务时长排行');
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120000);

  it('loads a cookbook query, runs it and shows its first list as a table with Chinese headings', async () => {
    const { page } = browser;
    await page.locator('button[data-example="volunteer-hours-by-township"]').click();
    await editorShows(page, 'VolunteerHoursByTownship');
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('"serviceHours"').first().waitFor({ timeout: 30000 });

    const table = page.getByRole('table').filter({ hasText: '野租乡' });
    await table.waitFor({ timeout: 30000 });
    const headings = await table.getByRole('columnheader').allTextContents();
    expect(headings).toEqual(expect.arrayContaining(['名称']));
    expect(headings.some((heading) => heading.includes('·'))).toBe(true);
    await page.getByText(/结果中的第一个列表：orgUnits\.edges，共 \d+ 行/).waitFor();

    // The Chinese is drawn with the console's own font (a bare machine has none), from /console/assets.
    await page.waitForFunction(
      () =>
        document.fonts.status === 'loaded' && [...document.fonts].some((f) => f.family.includes('Noto Sans SC') && f.status === 'loaded'),
      null,
      { timeout: 30000 },
    );
    expect(browser.requested.some((url) => /\/console\/assets\/noto-sans-sc-[\w-]+\.woff2$/.test(url))).toBe(true);
    // Monaco and its workers came from the console's assets too.
    expect(browser.requested.some((url) => /\/console\/assets\/(editor|graphql)\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(browser.requested.every((url) => ['127.0.0.1', 'localhost'].includes(new URL(url).hostname))).toBe(true);

    await saveScreenshot(page, 'analysis-workbench');
    expect(await consoleViolations(page)).toEqual([]);
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 90000);

  it('draws the table as a chart: townships by a number column, as bars, lines or a pie', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: '图表' }).click();
    const chart = page.getByRole('img', { name: /^图表：/ });
    await chart.locator('canvas').first().waitFor();
    await page.getByRole('combobox', { name: '数值列' }).click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: /服务时长|serviceHours/ })
      .first()
      .click();
    await expect(chart.getAttribute('aria-label')).resolves.toMatch(/按名称/);
    await page.locator('.ant-select-dropdown').last().waitFor({ state: 'hidden' });
    await saveScreenshot(page, 'analysis-chart');
    await page.getByText('饼图').click();
    await chart.locator('canvas').first().waitFor();
    await page.getByText('柱状图').click();
    expect(await consoleViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60000);

  it('exports the editor’s query as an Excel workbook: a sheet of townships with Chinese headings', async () => {
    const { page } = browser;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Excel/ }).click()]);
    expect(download.suggestedFilename()).toBe('VolunteerHoursByTownship.xlsx');
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(await download.path())).buffer);
    const [sheet] = workbook.worksheets;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['名称']));
    const names = sheet.getColumn(headers.indexOf('名称') + 1).values.slice(2);
    expect(names).toEqual(expect.arrayContaining(['野租乡新时代文明实践所']));
    expect(browser.blocked).toEqual([]);
  }, 60000);

  it('saves the query for colleagues, finds it after a reload and opens it from the list', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: /保存查询/ }).click();
    const dialog = page.getByRole('dialog', { name: '保存查询' });
    await dialog.getByLabel('名称').fill(SAVED_NAME);
    await dialog.getByLabel('说明').fill('每个乡镇实践所的志愿者、团队和服务时长');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`已保存“${SAVED_NAME}”`).waitFor();
    await page.waitForURL(/\/console\/analysis\?saved=\d+/);

    await page.goto(consoleUrl(platform.gateway.url, '/analysis'));
    const saved = page.getByRole('region', { name: '已保存的查询', exact: true });
    await saved.getByRole('button', { name: SAVED_NAME, exact: true }).waitFor();
    await expect(saved.textContent()).resolves.toContain('平台（不属任何单位）');
    await page.locator('button[data-example="top-volunteers"]').click();
    await editorShows(page, 'TopVolunteers');
    await saved.getByRole('button', { name: SAVED_NAME, exact: true }).click();
    await editorShows(page, 'VolunteerHoursByTownship');
    await page.getByText(`正在编辑：${SAVED_NAME}`).waitFor();
    expect(pageErrors).toEqual([]);
  }, 90000);

  it('refuses to overwrite a colleague’s newer version, and says so in Chinese', async () => {
    const { page } = browser;
    const id = new URL(page.url()).searchParams.get('saved')!;
    // A colleague changes it meanwhile.
    const changed = await callAs(
      platform.gateway.url,
      { role: 'ANALYST', subject: 'e2e-colleague' },
      `mutation($id: ID!) { updateSavedQuery(id: $id, input: { expectedVersion: 1, description: "同事改过" }) { version } }`,
      { id },
    );
    expect(changed.errors).toBeUndefined();
    await page.getByRole('button', { name: /保存查询/ }).click();
    const dialog = page.getByRole('dialog', { name: '保存查询' });
    // Saved as a new version of the open query (the dialog's default for an open one), not as a new query.
    const update = dialog.getByRole('radio', { name: new RegExp(`更新“${SAVED_NAME}”`) });
    await update.waitFor();
    await page.waitForFunction((name) => {
      const radios = [...document.querySelectorAll<HTMLInputElement>('.ant-modal input[type="radio"]')];
      return radios.some((r) => r.checked && r.closest('label')?.textContent?.includes(`更新“${name}”`));
    }, SAVED_NAME);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText(/这条查询已被同事修改（现为第 2 版）/).waitFor();
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    expect(pageErrors).toEqual([]);
  }, 60000);
});

describe('saved queries are shared within the owner unit’s subtree', () => {
  it('shows a query an org admin of the Huidong center saved to an operator of a Huidong station, not to Tongchuan', async () => {
    const name = '会东县各站所宣讲场次（中心共享）';
    const created = await callAs<{ createSavedQuery: { id: string } }>(
      platform.gateway.url,
      HUIDONG_ORG_ADMIN,
      `mutation($input: CreateSavedQueryInput!) { createSavedQuery(input: $input) { id } }`,
      { input: { name, query: '{ campaign(id: "1") { name } }', description: '中心保存，站所可用' } },
    );
    expect(created.errors).toBeUndefined();
    const tongchuan = await callAs<{ savedQueries: { edges: { node: { name: string } }[] } }>(
      platform.gateway.url,
      TONGCHUAN_ORG_ADMIN,
      `{ savedQueries(first: 100) { edges { node { name } } } }`,
    );
    expect(tongchuan.data!.savedQueries.edges.map((edge) => edge.node.name)).not.toContain(name);

    const { page } = browser;
    const operator: Caller = { role: 'OPERATOR', orgUnitCode: huidongStation.code, subject: 'e2e-station-operator' };
    await openSignedIn(page, platform.gateway.url, operator, '/analysis');
    const saved = page.getByRole('region', { name: '已保存的查询', exact: true });
    await saved.getByRole('button', { name, exact: true }).waitFor({ timeout: 30000 });
    await expect(saved.textContent()).resolves.toContain('会东县新时代文明实践中心');
    // The analyst's query (no unit) is not the station's to see.
    await expect(saved.textContent()).resolves.not.toContain(SAVED_NAME);
    await page.locator('.graphiql-container .monaco-editor').first().waitFor({ timeout: 60000 });
    await saved.getByRole('button', { name, exact: true }).click();
    await editorShows(page, 'campaign(id: "1")');

    // The station reads the county's query but may not change it: said in Chinese.
    await page.getByRole('button', { name: /保存查询/ }).click();
    const dialog = page.getByRole('dialog', { name: '保存查询' });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText(/没有权限修改这条查询/).waitFor();
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    // Checked once the dialog has gone: while it fades out, its text is half transparent.
    await dialog.waitFor({ state: 'hidden' });
    expect(await consoleViolations(page)).toEqual([]);
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120000);
});
