import type { CDPSession, Page } from 'playwright-core';
import type { Caller } from '../../gateway/test/support/callers';
import { startTestPlatform, type TestPlatform } from '../../gateway/test/support/platform';
import { seriousViolations } from './support/accessibility';
import {
  collectPageErrors,
  countGraphQLRequests,
  launchOfflineBrowser,
  openSignedIn,
  saveScreenshot,
  type OfflineBrowser,
} from './support/console-browser';

/** 大屏: the campaign view on a 1920×1080 wall, refreshing itself. Reads only: the run's shared demo data. */
let platform: TestPlatform;
let browser: OfflineBrowser;
let pageErrors: string[];

const HUIDONG_PROPAGANDA: Caller = { role: 'PROPAGANDA', orgUnitCode: '513426-ZX', subject: 'e2e-propaganda' };

beforeAll(async () => {
  browser = await launchOfflineBrowser();
  pageErrors = collectPageErrors(browser.page);
  platform = await startTestPlatform();
}, 180000);
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

// Each test answers for the errors raised while it ran, so one failure does not fail those after it.
beforeEach(() => void pageErrors?.splice(0));

/** The GraphQL answers the page receives from now on, one per refresh of the wall. */
function waitForAnswers(page: Page, count: number, timeout: number): Promise<void> {
  let seen = 0;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${seen} of ${count} refreshes within ${timeout} ms`)), timeout);
    const onResponse = (response: { url(): string; request(): { method(): string } }) => {
      if (response.request().method() !== 'POST' || new URL(response.url()).pathname !== '/graphql') return;
      seen += 1;
      if (seen < count) return;
      clearTimeout(timer);
      page.off('response', onResponse);
      resolve();
    };
    page.on('response', onResponse);
  });
}

/** Bytes in use on the page's JavaScript heap after a full garbage collection. */
async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

describe('大屏 of the Huidong Party-history lecture view', () => {
  let wallPath: string;

  it('opens from the view with the same campaign, scope and period, fills 1920×1080 in the dark', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1440, height: 900 });
    await openSignedIn(page, platform.gateway.url, HUIDONG_PROPAGANDA, '/campaigns');
    await page.waitForURL(/campaign=\d+&scope=\d+$/);
    const view = new URL(page.url()).searchParams;
    await page.goto(`${page.url()}&from=2021-03-01&to=2021-12-31&sort=TITLE%3AASC`);
    const wallLink = page.getByRole('link', { name: /大屏展示/ });
    wallPath = (await wallLink.getAttribute('href'))!;
    expect(await wallLink.getAttribute('target')).toBe('_blank');
    expect(wallPath).toBe(
      `/console/wall/campaign?campaign=${view.get('campaign')}&scope=${view.get('scope')}&from=2021-03-01&to=2021-12-31`,
    );

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(new URL(wallPath, platform.gateway.url).href);
    await page.getByRole('heading', { level: 1, name: '会东县党史学习教育宣讲' }).waitFor();
    const figures = page.getByRole('region', { name: '核心指标' });
    await figures.getByText('720', { exact: true }).waitFor();
    await page.getByRole('img', { name: /^活动场次按场所类型：进机关 144，进学校 144，进社区 144，进企业 144，进农村 144$/ }).waitFor();
    await page.getByRole('region', { name: '最新活动' }).locator('li').first().waitFor();
    await page.waitForLoadState('networkidle');
    // The whole wall on one screen: nothing to scroll.
    await expect(page.evaluate(() => document.documentElement.scrollHeight)).resolves.toBeLessThanOrEqual(1080);
    await expect(page.evaluate(() => getComputedStyle(document.querySelector('main.wall')!).backgroundImage)).resolves.toMatch(/gradient/);
    // Charts are drawn once their words' font has come, then grow for a second.
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(1500);
    await saveScreenshot(page, 'campaign-wall');
    expect(await seriousViolations(page)).toEqual([]);
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 90000);

  it('refreshes itself in place, one request per refresh, never reloading the page', async () => {
    const { page } = browser;
    await page.goto(new URL(`${wallPath}&refresh=2`, platform.gateway.url).href);
    await page.getByRole('region', { name: '核心指标' }).getByText('720', { exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => Object.assign(window, { wallMarker: 'still here' }));
    // Counted once every chart has been drawn with its font and refreshed once (ECharts adds its layers on first drawing).
    await page.evaluate(() => document.fonts.ready);
    await waitForAnswers(page, 1, 10000);
    await page.waitForTimeout(500);
    const canvases = await page.locator('canvas').count();
    const requests = countGraphQLRequests(page);
    const started = Date.now();
    await waitForAnswers(page, 2, 10000);
    const refreshes = Math.floor((Date.now() - started) / 2000) + 1;

    await expect(page.evaluate(() => (window as unknown as { wallMarker?: string }).wallMarker)).resolves.toBe('still here');
    expect(requests.count()).toBeGreaterThanOrEqual(2);
    expect(requests.count()).toBeLessThanOrEqual(2 * refreshes);
    // The charts were drawn again on the same canvases, not made anew.
    await expect(page.locator('canvas').count()).resolves.toBe(canvases);
    await page.getByText(/数据更新于 \d{1,2}:\d{2}:\d{2}/).waitFor();
    expect(pageErrors).toEqual([]);
  }, 60000);

  it('keeps its memory flat over a dozen refreshes', async () => {
    const { page } = browser;
    await page.goto(new URL(`${wallPath}&refresh=1`, platform.gateway.url).href);
    await page.getByRole('region', { name: '核心指标' }).getByText('720', { exact: true }).waitFor();
    const cdp = await page.context().newCDPSession(page);
    await waitForAnswers(page, 3, 15000);
    const before = await heapUsed(cdp);
    const requests = countGraphQLRequests(page);
    await waitForAnswers(page, 12, 40000);
    const after = await heapUsed(cdp);
    await cdp.detach();
    console.info(`wall heap after GC: ${before} bytes after 3 refreshes, ${after} after 12 more`);
    expect(requests.count()).toBeGreaterThanOrEqual(12);
    // Noise allowed (caches, the JIT); a leak of the charts or of the answers would grow by megabytes.
    expect(after - before).toBeLessThan(Math.max(1_500_000, before * 0.1));
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 90000);
});
