import { readFileSync } from 'node:fs';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { callAs, type Caller } from '../../gateway/test/support/callers';
import { startTestPlatform, type TestPlatform } from '../../gateway/test/support/platform';
import { seriousViolations } from './support/accessibility';
import {
  collectPageErrors,
  consoleUrl,
  countGraphQLRequests,
  launchOfflineBrowser,
  openSignedIn,
  saveScreenshot,
  type OfflineBrowser,
} from './support/console-browser';

/** 活动看板 in the browser, as the Huidong propaganda department uses it. Reads only: the run's shared demo data. */
let platform: TestPlatform;
let browser: OfflineBrowser;
let pageErrors: string[];

const HUIDONG_PROPAGANDA: Caller = { role: 'PROPAGANDA', orgUnitCode: '513426-ZX', subject: 'e2e-propaganda' };
const FIVE_INTOS = ['进机关', '进学校', '进社区', '进企业', '进农村'];

beforeAll(async () => {
  browser = await launchOfflineBrowser();
  pageErrors = collectPageErrors(browser.page);
  trackGraphQL(browser.page);
  platform = await startTestPlatform();
}, 180000);
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

// Each test answers for the errors raised while it ran, so one failure does not fail those after it.
beforeEach(() => void pageErrors?.splice(0));

/** The headline figures as the page shows them, without spacing: 活动场次720场目标700场受众人次… */
async function headlineText(page: Page): Promise<string> {
  return (await page.getByRole('list', { name: '核心指标' }).innerText()).replace(/\s+/g, '');
}

/** The event list's rows, one string each. */
async function eventRows(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: '活动场次列表' }).locator('tbody tr.ant-table-row').allInnerTexts();
}

const inFlight = new WeakMap<Page, { count: number }>();

/** Counts the page's GraphQL requests under way, for settled(). */
function trackGraphQL(page: Page): void {
  const state = { count: 0 };
  inFlight.set(page, state);
  const isGraphQL = (request: { url(): string }) => new URL(request.url()).pathname === '/graphql';
  page.on('request', (request) => void (isGraphQL(request) && (state.count += 1)));
  const done = (request: { url(): string }) => void (isGraphQL(request) && (state.count -= 1));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
}

/** Waits until the view has answered everything it asked (figures and list) and shows it. */
async function settled(page: Page): Promise<void> {
  const state = inFlight.get(page)!;
  await page.waitForTimeout(150);
  // Quiet for 150 ms: no request under way, none started since.
  for (let quiet = 0, waited = 0; quiet < 3 && waited < 20000; waited += 50) {
    quiet = state.count > 0 ? 0 : quiet + 1;
    await page.waitForTimeout(50);
  }
  await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
}

/** Charts are drawn once their words' font has come, then grow for a second: a screenshot waits for the end of it. */
async function chartsDrawn(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(1500);
}

/** A figure of the API for the township, asked directly: what the screen must show. */
async function townshipFigures(campaignId: string, code: string) {
  const answer = await callAs<{
    orgUnitByCode: { id: string; name: string; campaignStats: { eventCount: number; audienceTotal: number } };
  }>(
    platform.gateway.url,
    HUIDONG_PROPAGANDA,
    `query($code: String!, $campaignId: ID!) { orgUnitByCode(code: $code) { id name campaignStats(campaignId: $campaignId) { eventCount audienceTotal } } }`,
    { code, campaignId },
  );
  return answer.data!.orgUnitByCode;
}

describe('活动看板 for the Huidong propaganda department', () => {
  let viewUrl: string;
  let campaignId: string;

  it('lands on the Party-history lectures over its own center: 720 events against 700, in the five kinds of place', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1440, height: 900 });
    await openSignedIn(page, platform.gateway.url, HUIDONG_PROPAGANDA, '/campaigns');
    await page.waitForURL(/\/console\/campaigns\?campaign=\d+&scope=\d+$/);
    await page.getByRole('heading', { level: 1, name: '会东县党史学习教育宣讲' }).waitFor();
    await settled(page);
    campaignId = new URL(page.url()).searchParams.get('campaign')!;

    expect(await headlineText(page)).toContain('活动场次720场目标700场受众人次114,510人次');
    await page.getByRole('img', { name: /^场次目标完成率：102\.9%（720\/700）$/ }).waitFor();
    const places = await page.getByRole('list', { name: '各类场所活动场次' }).innerText();
    expect(places.replace(/\s+/g, '')).toBe(FIVE_INTOS.map((place) => `${place}144场`).join(''));
    await page.getByRole('navigation', { name: '统计范围' }).getByText('会东县新时代文明实践中心').waitFor();
    await page.getByRole('img', { name: /^活动场次按乡镇（街道）：会东街道 \d+，/ }).waitFor();
    expect(await page.getByRole('heading', { name: '活动场次（共 720 场）' }).count()).toBe(1);

    await chartsDrawn(page);
    await saveScreenshot(page, 'campaign-view');
    expect(await seriousViolations(page)).toEqual([]);
    viewUrl = page.url();
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 90000);

  it('refreshes its figures, charts and list in two GraphQL requests', async () => {
    const { page } = browser;
    const requests = countGraphQLRequests(page);
    await page.getByRole('button', { name: /刷\s*新/ }).click();
    await settled(page);
    expect(requests.count()).toBe(2);
    expect(await headlineText(page)).toContain('活动场次720场');
  }, 60000);

  it('drills into a township by its bar, into a station by its name, and back up the trail', async () => {
    const { page } = browser;
    const township = await townshipFigures(campaignId, '513426100000-SJS');
    const requests = countGraphQLRequests(page);

    // The first bar of the township chart is 会东街道: a click on the canvas drills into it.
    const chart = page.getByRole('img', { name: /^活动场次按乡镇（街道）/ });
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    await page.mouse.click(box.x + 150, box.y + 32 + (box.height - 56) / 19 / 2);
    await page.waitForURL((url) => url.searchParams.get('scope') === township.id);
    await page.getByRole('img', { name: /^活动场次按村（社区）实践站：/ }).waitFor();
    await settled(page);
    expect(requests.count()).toBeLessThanOrEqual(2);
    expect(await headlineText(page)).toContain(`活动场次${township.campaignStats.eventCount}场全活动共720场`);
    expect(await headlineText(page)).toContain(`受众人次${township.campaignStats.audienceTotal.toLocaleString('en-US')}人次`);
    await page.getByRole('img', { name: new RegExp(`^占全部场次：[\\d.]+%（${township.campaignStats.eventCount}/720）$`) }).waitFor();
    const trail = page.getByRole('navigation', { name: '统计范围' });
    await trail.getByRole('link', { name: '会东县' }).waitFor();
    await trail.getByText('会东街道新时代文明实践所').waitFor();
    await chartsDrawn(page);
    await saveScreenshot(page, 'campaign-view-township');
    expect(await seriousViolations(page)).toEqual([]);

    const station = await townshipFigures(campaignId, '513426100001-SJZ');
    await page.getByRole('button', { name: '政通路社区', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('scope') === station.id);
    await page
      .getByRole('img', { name: /^活动场次按实践点/ })
      .or(page.getByText('本期间暂无活动'))
      .first()
      .waitFor();
    await settled(page);
    expect(await headlineText(page)).toContain(`活动场次${station.campaignStats.eventCount}场`);
    expect(await trail.innerText()).toMatch(/会东县\s*\/\s*会东街道\s*\/\s*政通路社区新时代文明实践站/);

    await trail.getByRole('link', { name: '会东街道' }).click();
    await page.waitForURL((url) => url.searchParams.get('scope') === township.id);
    await trail.getByRole('link', { name: '会东县' }).click();
    await page.waitForURL(viewUrl);
    await settled(page);
    expect(await headlineText(page)).toContain('活动场次720场');
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 90000);

  it('sorts, searches and pages the event list, each a request of its own, the URL keeping up', async () => {
    const { page } = browser;
    const list = page.getByRole('region', { name: '活动场次列表' });
    const requests = countGraphQLRequests(page);

    await list.getByRole('columnheader', { name: /受众人次/ }).click();
    await page.waitForURL(/sort=AUDIENCE_COUNT%3AASC/);
    await settled(page);
    const audiences = (await eventRows(page)).map((row) => Number(row.split('\t').at(-1)!.replace(/,/g, '')));
    expect(audiences).toEqual([...audiences].sort((a, b) => a - b));
    expect(requests.count()).toBe(1);

    requests.reset();
    await list.getByRole('searchbox', { name: '搜索活动主题' }).fill('jsj');
    await list.getByRole('searchbox', { name: '搜索活动主题' }).press('Enter');
    await page.waitForURL(/q=jsj/);
    await settled(page);
    const heading = await list.getByRole('heading', { level: 2 }).innerText();
    const found = Number(/共 ([\d,]+) 场/.exec(heading)![1].replace(/,/g, ''));
    expect(found).toBeGreaterThan(20);
    expect(found).toBeLessThan(720);
    const rows = await eventRows(page);
    expect(rows).toHaveLength(20);
    for (const row of rows) expect(row).toContain('金沙江');
    expect(requests.count()).toBe(1);

    requests.reset();
    await list.getByRole('button', { name: /下一页/ }).click();
    await page.waitForURL(/after=/);
    await list.getByText(new RegExp(`第 2 页 · 第 21–${Math.min(40, found)} 场，共 ${found} 场`)).waitFor();
    await settled(page);
    expect(requests.count()).toBe(1);
    const secondPage = await eventRows(page);
    expect(secondPage[0]).not.toBe(rows[0]);
    await list.getByRole('button', { name: /上一页/ }).click();
    await list.getByText(`第 1 页 · 第 1–20 场，共 ${found} 场`).waitFor();
    expect(page.url()).not.toMatch(/after=/);
    expect(browser.blocked).toEqual([]);
  }, 90000);

  it('holds the whole view in its URL: a fresh page opened on it shows the same view', async () => {
    const { page } = browser;
    await page.getByPlaceholder('开始日期').click();
    await page.getByPlaceholder('开始日期').fill('2021-03-01');
    await page.getByPlaceholder('开始日期').press('Enter');
    await page.getByPlaceholder('结束日期').fill('2021-06-30');
    await page.getByPlaceholder('结束日期').press('Enter');
    await page.waitForURL(/from=2021-03-01&to=2021-06-30/);
    await settled(page);
    await page.getByRole('button', { name: /下一页/ }).click();
    await page.waitForURL(/after=/);
    await settled(page);
    const link = page.url();
    expect(new URL(link).searchParams.get('sort')).toBe('AUDIENCE_COUNT:ASC');
    expect(new URL(link).searchParams.get('q')).toBe('jsj');
    const figures = await headlineText(page);
    const places = await page.getByRole('list', { name: '各类场所活动场次' }).innerText();
    const rows = await eventRows(page);
    expect(figures).not.toContain('活动场次720场');

    const fresh = await page.context().newPage();
    trackGraphQL(fresh);
    try {
      await fresh.goto(link);
      await fresh.getByRole('heading', { level: 1, name: '会东县党史学习教育宣讲' }).waitFor();
      await fresh.getByRole('region', { name: '活动场次列表' }).locator('tbody tr.ant-table-row').first().waitFor();
      await settled(fresh);
      expect(fresh.url()).toBe(link);
      expect(await headlineText(fresh)).toBe(figures);
      expect(await fresh.getByRole('list', { name: '各类场所活动场次' }).innerText()).toBe(places);
      expect(await eventRows(fresh)).toEqual(rows);
      await expect(fresh.getByPlaceholder('开始日期').inputValue()).resolves.toBe('2021-03-01');
    } finally {
      await fresh.close();
    }
  }, 90000);

  it('exports the view’s tables as a workbook and a chart as a PNG', async () => {
    const { page } = browser;
    await page.goto(consoleUrl(platform.gateway.url, `/campaigns?campaign=${campaignId}&scope=1&q=jsj`));
    await settled(page);
    const heading = await page.getByRole('region', { name: '活动场次列表' }).getByRole('heading', { level: 2 }).innerText();
    const found = Number(/共 ([\d,]+) 场/.exec(heading)![1].replace(/,/g, ''));

    const [workbookDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出表格/ }).click()]);
    expect(workbookDownload.suggestedFilename()).toBe('会东县党史学习教育宣讲-会东县新时代文明实践中心.xlsx');
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(await workbookDownload.path())).buffer);
    const sheets = Object.fromEntries(workbook.worksheets.map((sheet) => [sheet.name, sheet]));
    expect(Object.keys(sheets)).toEqual(['byUnit', 'byVenueType', 'byFormat', 'byMonth', 'events']);
    const venues = sheets.byVenueType;
    expect(venues.getRow(1).values).toEqual([undefined, '分组键·名称', '活动场次', '受众人次', '参与志愿者人数']);
    const venueRows = new Map<string, number>();
    venues.eachRow((row, n) => n > 1 && venueRows.set(String(row.getCell(1).value), Number(row.getCell(2).value)));
    for (const place of FIVE_INTOS) expect(venueRows.get(place)).toBe(144);
    expect(sheets.byUnit.rowCount).toBe(20);
    expect(sheets.byMonth.rowCount).toBe(11);
    // Every searched event, all pages: one row each under the header.
    expect(sheets.events.rowCount).toBe(found + 1);
    expect(String(sheets.events.getRow(2).getCell(1).value)).toContain('金沙江');

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载图片：按场所类型（五进）' }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toBe('会东县党史学习教育宣讲-会东县新时代文明实践中心-按场所类型.png');
    const png = readFileSync(await pngDownload.path());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.length).toBeGreaterThan(10_000);
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120000);
});
