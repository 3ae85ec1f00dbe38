import { createScratchDatabase, queryTestDatabase } from '@civic/testing';
import type { Locator, Page } from 'playwright-core';
import { callAs, type Caller } from '../../gateway/test/support/callers';
import { startTestPlatform, type TestPlatform } from '../../gateway/test/support/platform';
import { seriousViolations } from './support/accessibility';
import { selectOption } from './support/select-option';
import {
  collectPageErrors,
  consoleUrl,
  countGraphQLRequests,
  launchOfflineBrowser,
  openSignedIn,
  saveScreenshot,
  type OfflineBrowser,
} from './support/console-browser';

/**
 * 看板搭建 (issue #20, screen 3) on a scratch copy of the demo data: a Huidong propaganda
 * department builds a view of panels, saves it and finds it as saved after a reload; a colleague
 * of the same center sees it, Tongchuan's does not; its public link shows the wall screen to a
 * browser without a token, with figures only, at most two GraphQL requests per refresh.
 */
const HUIDONG_PROPAGANDA: Caller = { role: 'PROPAGANDA', orgUnitCode: '513426-ZX', subject: 'hd-propaganda-builder' };
const HUIDONG_COLLEAGUE: Caller = { role: 'PROPAGANDA', orgUnitCode: '513426-ZX', subject: 'hd-propaganda-colleague' };
const TONGCHUAN_PROPAGANDA: Caller = { role: 'PROPAGANDA', orgUnitCode: '610200-ZX', subject: 'tc-propaganda' };
const VIEW_NAME = '党史宣讲调度看板';
const LECTURES = '会东县党史学习教育宣讲';
const FULL_HD = { width: 1920, height: 1080 };

let platform: TestPlatform;
let databaseUrl: string;
let browser: OfflineBrowser;
let pageErrors: string[];
let viewPath: string;
let publicLink: string;

beforeAll(async () => {
  databaseUrl = await createScratchDatabase();
  [platform, browser] = await Promise.all([startTestPlatform({ databaseUrl }), launchOfflineBrowser()]);
  pageErrors = collectPageErrors(browser.page);
}, 240000);
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

// Each test answers for the errors raised while it ran, so one failure does not fail those after it.
beforeEach(() => void pageErrors?.splice(0));

/** A panel of the page, found by its title (each panel is a region named by its heading). */
const panel = (page: Page, title: string): Locator => page.getByRole('region', { name: title, exact: true });

/** Picks an option of the antd Select labelled `label` inside `scope`, typing `search` first if given. */
async function choose(scope: Locator, label: string, option: string, search?: string): Promise<void> {
  await selectOption(scope.getByLabel(label, { exact: true }), option, search);
}

/** As staff do with a long list of campaigns: types part of the name, then picks it. */
async function chooseCampaign(scope: Locator): Promise<void> {
  await choose(scope, '活动', LECTURES, '党史学习教育宣讲');
}

/** Adds a panel of a kind; it comes last, named by its kind's default title, which `title` replaces. */
async function addPanel(page: Page, kind: string, defaultTitle: string, title: string): Promise<Locator> {
  await page.getByRole('button', { name: `添加「${kind}」面板` }).click();
  const added = panel(page, defaultTitle);
  await added.getByLabel('标题').fill(title);
  return panel(page, title);
}

describe('building a view of panels (看板搭建)', () => {
  it('builds a view of six panels with live figures, saves it, and after a reload finds it as saved', async () => {
    const { page } = browser;
    await page.setViewportSize(FULL_HD);
    await openSignedIn(page, platform.gateway.url, HUIDONG_PROPAGANDA, '/views/new');
    await page.getByRole('heading', { name: '新建看板' }).waitFor();
    await page.getByLabel('看板名称').fill(VIEW_NAME);
    await page.getByLabel('说明').fill('党史学习教育宣讲的进度、分布和排行，供县委宣传部每周调度。');

    const headline = await addPanel(page, '头条数字', '核心指标', '宣讲头条');
    await chooseCampaign(headline);
    await headline.getByText('目标 700场').waitFor();

    const places = await addPanel(page, '分类统计', '分类统计', '五进场所分布');
    await chooseCampaign(places);
    await choose(places, '分组', '场所类型（五进）');
    await places.getByText('饼图').click();

    const trend = await addPanel(page, '趋势', '逐月趋势', '逐月宣讲场次');
    await chooseCampaign(trend);

    const townships = await addPanel(page, '排行', '排行榜', '乡镇宣讲排行');
    await chooseCampaign(townships);

    const volunteers = await addPanel(page, '排行', '排行榜', '志愿者服务时长排行');
    await choose(volunteers, '排行对象', '志愿者服务时长排行');

    const table = await addPanel(page, '明细表', '活动明细', '最新宣讲');
    await chooseCampaign(table);
    await choose(table, '显示条数', '5 条');

    // Arranged: the township ranking beside the places, the trend full width below them.
    await page.getByRole('button', { name: '下移「逐月宣讲场次」' }).click();
    await page.getByRole('button', { name: '「逐月宣讲场次」改为整行' }).click();

    await table.getByText('共 720 场，显示 5 场').waitFor();
    await townships.locator('.view-ranking li').first().waitFor();
    await volunteers.locator('.view-ranking li').first().waitFor();
    await saveScreenshot(page, 'view-builder');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /保存看板/ }).click();
    await page.waitForURL(/\/console\/views\/\d+$/);
    viewPath = new URL(page.url()).pathname.replace(/^\/console/, '');

    await page.reload();
    await page.getByRole('heading', { name: VIEW_NAME, level: 1 }).waitFor();
    const titles = await page.locator('.view-panel__title').allTextContents();
    expect(titles).toEqual(['宣讲头条', '五进场所分布', '乡镇宣讲排行', '逐月宣讲场次', '志愿者服务时长排行', '最新宣讲']);
    await panel(page, '宣讲头条').getByText('720', { exact: true }).waitFor();
    await panel(page, '最新宣讲').getByText('共 720 场，显示 5 场').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 180000);

  it('is in the list of another propaganda worker of the Huidong center, and not of Tongchuan', async () => {
    const { page } = browser;
    await openSignedIn(page, platform.gateway.url, HUIDONG_COLLEAGUE, '/views');
    await page.getByRole('link', { name: VIEW_NAME, exact: true }).waitFor();
    await page.getByRole('link', { name: '会东县党史学习教育宣讲看板', exact: true }).waitFor();
    await page.locator('.ant-table .ant-spin-blur').waitFor({ state: 'detached' });
    await saveScreenshot(page, 'view-list');
    expect(await seriousViolations(page)).toEqual([]);

    await openSignedIn(page, platform.gateway.url, TONGCHUAN_PROPAGANDA, '/views');
    await page.getByText(/共 \d+ 个看板/).waitFor();
    await expect(page.getByRole('link', { name: VIEW_NAME, exact: true }).count()).resolves.toBe(0);
    await page.goto(consoleUrl(platform.gateway.url, viewPath));
    await page.getByText('看板不存在或无权查看').waitFor();
    expect(pageErrors).toEqual([]);
  }, 120000);

  it('tells the editor when someone else saved the view meanwhile, and reloads it', async () => {
    const { page } = browser;
    await openSignedIn(page, platform.gateway.url, HUIDONG_PROPAGANDA, `${viewPath}/edit`);
    await page.getByRole('heading', { name: `编辑看板：${VIEW_NAME}` }).waitFor();
    const id = viewPath.split('/').pop()!;
    const read = await callAs(platform.gateway.url, HUIDONG_COLLEAGUE, 'query($id: ID!) { savedView(id: $id) { version } }', { id });
    const version = (read.data as { savedView: { version: number } }).savedView.version;
    const renamed = await callAs(
      platform.gateway.url,
      HUIDONG_COLLEAGUE,
      'mutation($id: ID!, $input: UpdateSavedViewInput!) { updateSavedView(id: $id, input: $input) { version } }',
      { id, input: { expectedVersion: version, description: '党史学习教育宣讲的进度、分布和排行，每周一调度会使用。' } },
    );
    expect(renamed.errors).toBeUndefined();

    await page.getByRole('button', { name: /保存看板/ }).click();
    await page.getByText('看板已被他人修改').waitFor();
    await page.getByRole('button', { name: '重新加载' }).click();
    await page.getByText('看板已被他人修改').waitFor({ state: 'detached' });
    await expect(page.getByLabel('说明').inputValue()).resolves.toBe('党史学习教育宣讲的进度、分布和排行，每周一调度会使用。');
    await page.getByRole('button', { name: /保存看板/ }).click();
    await page.waitForURL(new RegExp(`${viewPath}$`));
    expect(pageErrors).toEqual([]);
  }, 120000);

  it('refreshes its signed-in wall screen with at most two GraphQL requests', async () => {
    const { page } = browser;
    await openSignedIn(page, platform.gateway.url, HUIDONG_PROPAGANDA, `/wall/view/${viewPath.split('/').pop()}?refresh=4`);
    await page.getByRole('heading', { name: VIEW_NAME, level: 1 }).waitFor();
    await panel(page, '志愿者服务时长排行').locator('.view-ranking li').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await expectRefreshWithinTwoRequests(page);
    expect(pageErrors).toEqual([]);
  }, 120000);

  it('shares it: the public link shows the wall screen to a browser without a token, figures only', async () => {
    const { page } = browser;
    await openSignedIn(page, platform.gateway.url, HUIDONG_PROPAGANDA, viewPath);
    await page.getByRole('button', { name: '分享为公开链接' }).click();
    const linkBox = page.getByLabel('公开链接地址');
    await linkBox.waitFor();
    publicLink = await linkBox.inputValue();
    expect(publicLink).toMatch(/\/console\/public\/[\w-]{20,}$/);
    // Signed-in staff see the names the API gives them.
    const staffNames = await panel(page, '志愿者服务时长排行').locator('.view-ranking__name').allTextContents();
    expect(staffNames.length).toBeGreaterThan(0);

    const stranger = await launchOfflineBrowser();
    try {
      const strangerErrors = collectPageErrors(stranger.page);
      const authorized: string[] = [];
      stranger.page.on('request', (request) => {
        if (request.headers().authorization) authorized.push(request.url());
      });
      await stranger.page.setViewportSize(FULL_HD);
      await stranger.page.goto(`${publicLink}?refresh=4`);
      await stranger.page.getByRole('heading', { name: VIEW_NAME, level: 1 }).waitFor();
      await panel(stranger.page, '宣讲头条').getByText('720', { exact: true }).waitFor();
      await panel(stranger.page, '最新宣讲').getByText('共 720 场，显示 5 场').waitFor();
      await panel(stranger.page, '乡镇宣讲排行').locator('.view-ranking li').first().waitFor();
      await panel(stranger.page, '志愿者服务时长排行').getByText('志愿者个人排行含个人信息，公开看板不显示').waitFor();
      await stranger.page.locator('.view-panel canvas').first().waitFor();
      await saveScreenshot(stranger.page, 'view-wall-public');
      expect(await seriousViolations(stranger.page)).toEqual([]);
      await expectRefreshWithinTwoRequests(stranger.page);

      const text = await stranger.page.locator('body').innerText();
      expect(text).not.toMatch(/1[3-9]\d[\d*]{4}\d{4}/); // phone numbers, whole or masked
      expect(text).not.toMatch(/\d{4}\*{4,}/); // ID numbers as the API masks them
      const volunteerNames = (await queryTestDatabase<{ name: string }>('SELECT name FROM volunteers.volunteer', [], databaseUrl)).map(
        (r) => r.name,
      );
      expect(volunteerNames.length).toBeGreaterThan(0);
      expect(volunteerNames.filter((name) => text.includes(name))).toEqual([]);
      expect(staffNames.filter((name) => text.includes(name))).toEqual([]);
      expect(authorized).toEqual([]);
      expect(stranger.blocked).toEqual([]);
      expect(strangerErrors).toEqual([]);
    } finally {
      await stranger.close();
    }
  }, 180000);

  it('unshares it: the old link then shows nothing', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: /取消分享/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /取消分享/ })
      .click();
    await page.getByRole('button', { name: '分享为公开链接' }).waitFor();
    const stranger = await launchOfflineBrowser();
    try {
      await stranger.page.goto(publicLink);
      await stranger.page.getByText('该公开链接不存在或已取消分享').waitFor();
    } finally {
      await stranger.close();
    }
    expect(pageErrors).toEqual([]);
  }, 120000);

  it('shares the demo view, whose panels name no unit: the link counts the owner unit, as the signed-in view does', async () => {
    const { page } = browser;
    await openSignedIn(page, platform.gateway.url, HUIDONG_COLLEAGUE, '/views');
    await page.getByRole('link', { name: '会东县党史学习教育宣讲看板', exact: true }).click();
    await page.getByRole('heading', { name: '会东县党史学习教育宣讲看板', level: 1 }).waitFor();
    const signedInFigures = await panel(page, '宣讲场次').locator('.view-figure__value').allTextContents();
    await page.getByRole('button', { name: '分享为公开链接' }).click();
    const link = await page.getByLabel('公开链接地址').inputValue();
    const stranger = await launchOfflineBrowser();
    try {
      await stranger.page.goto(link);
      const figures = panel(stranger.page, '宣讲场次').locator('.view-figure__value');
      await figures.first().waitFor();
      await expect(figures.allTextContents()).resolves.toEqual(signedInFigures);
    } finally {
      await stranger.close();
    }
    // The list marks it shared, in a tag that reads as well as the others.
    await openSignedIn(page, platform.gateway.url, HUIDONG_COLLEAGUE, '/views');
    await page
      .getByRole('row', { name: /会东县党史学习教育宣讲看板/ })
      .getByText('已分享')
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120000);
});

/**
 * Waits for a whole refresh of the wall screen (from one "数据更新于" change to the next) and counts
 * the GraphQL requests it took: the view and one batch of every panel, so at most two.
 */
async function expectRefreshWithinTwoRequests(page: Page): Promise<void> {
  const clock = page.locator('.wall__clock');
  await clock.getByText('数据更新于').waitFor();
  const updated = async () => /数据更新于 (\S+)/.exec((await clock.textContent()) ?? '')?.[1];
  const nextUpdate = async () =>
    page.waitForFunction(
      (previous) => /数据更新于 (\S+)/.exec(document.querySelector('.wall__clock')?.textContent ?? '')?.[1] !== previous,
      await updated(),
      { timeout: 20000 },
    );
  // Counting starts just after one refresh has landed, so a refresh already on its way is not half counted.
  await nextUpdate();
  const requests = countGraphQLRequests(page);
  await nextUpdate();
  expect(requests.count()).toBeGreaterThanOrEqual(1);
  expect(requests.count()).toBeLessThanOrEqual(2);
}
