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

/** 阵地概况 in the browser: the unit tree with figures, coverage gaps, a unit's page. Reads only: the run's shared demo data. */
let platform: TestPlatform;
let browser: OfflineBrowser;
let pageErrors: string[];

const HUIDONG_ORG_ADMIN: Caller = { role: 'ORG_ADMIN', orgUnitCode: '513426-ZX', subject: 'e2e-org-admin' };
const VOLUNTEER: Caller = { role: 'VOLUNTEER', volunteerId: '1', subject: 'e2e-volunteer' };

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

describe('阵地概况 for the Huidong center’s org admin', () => {
  it('opens the tree at the center with its figures, and lists its coverage gaps', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1440, height: 900 });
    await openSignedIn(page, platform.gateway.url, HUIDONG_ORG_ADMIN, '/org');
    const tree = page.getByRole('tree', { name: '阵地树' });
    await tree.getByText('会东县新时代文明实践中心').waitFor();
    await tree
      .getByText(/志愿者 90,000 · 时长 [\d,.]+ 小时 · 活动 [\d,]+ 场/)
      .first()
      .waitFor();

    // The center is picked at first: its coverage, the villages without a station named.
    await page.getByText('村（社区）建有实践站：204 / 210').waitFor();
    const villageGaps = page.getByRole('region', { name: '未建实践站的村（社区）' });
    await expect(villageGaps.textContent()).resolves.toContain('尖山村');

    // Stations that held no Party-history lecture.
    await page.getByRole('combobox', { name: '活动' }).click();
    await page.getByRole('combobox', { name: '活动' }).fill('党史学习');
    await page.locator('.ant-select-item-option').filter({ hasText: '会东县党史学习教育宣讲' }).click();
    const withoutEvents = page.getByRole('region', { name: '未开展活动的单位' });
    await withoutEvents.getByText('小岔河村新时代文明实践站').waitFor();
    await page.waitForURL(/campaign=/);
    expect(browser.blocked).toEqual([]);
  }, 90000);

  it('expands the center to its townships, each with its figures, and picks one', async () => {
    const { page } = browser;
    const tree = page.getByRole('tree', { name: '阵地树' });
    const requests = countGraphQLRequests(page);
    await tree.locator('.ant-tree-treenode').filter({ hasText: '会东县新时代文明实践中心' }).locator('.ant-tree-switcher').click();
    const township = tree.locator('.ant-tree-treenode').filter({ hasText: '会东街道新时代文明实践所' });
    await township.getByText(/志愿者 [\d,]+ · 时长/).waitFor();
    expect(requests.count()).toBe(1);

    requests.reset();
    await township.getByText('会东街道新时代文明实践所').click();
    await page
      .getByRole('heading', { name: /会东街道新时代文明实践所/ })
      .or(page.locator('.ant-card-head-title', { hasText: '会东街道新时代文明实践所' }))
      .first()
      .waitFor();
    await page.getByText(/村（社区）建有实践站：\d+ \/ \d+/).waitFor();
    await page.locator('.ant-tag', { hasText: '会东街道综合文化站' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(requests.count()).toBeLessThanOrEqual(2);
    await saveScreenshot(page, 'org-overview');
    expect(await seriousViolations(page)).toEqual([]);
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 90000);

  it('opens the center’s page: figures, volunteers, units below, events, training, venues — in one request', async () => {
    const { page } = browser;
    await page
      .locator('.ant-tree-treenode')
      .filter({ hasText: '会东县新时代文明实践中心' })
      .first()
      .getByText('会东县新时代文明实践中心')
      .click();
    await page.locator('.ant-card-head-title', { hasText: '会东县新时代文明实践中心' }).waitFor();
    const requests = countGraphQLRequests(page);
    await page.getByRole('link', { name: '查看详情' }).click();
    await page.waitForURL(/\/console\/org\/1(\?|$)/);
    await page.getByRole('heading', { level: 1, name: '会东县新时代文明实践中心' }).waitFor();
    await page.getByText('90,000').first().waitFor();
    // The contact's number as the API gives an org admin of the subtree: whole.
    await page.getByText('王主任（中心办公室主任） 13981500001').waitFor();
    await page.getByRole('heading', { name: /下级阵地/ }).waitFor();
    await page.getByRole('link', { name: '会东街道新时代文明实践所' }).waitFor();
    await page.getByText('2021年会东县卫生健康志愿服务专业培训').waitFor();
    await page.getByText('会东县党群服务中心').waitFor();
    await page.getByText(/期间内共 [\d,]+ 场，列出最近 10 场/).waitFor();
    await page.getByRole('img', { name: '按月服务时长折线图' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(requests.count()).toBe(1);
    await saveScreenshot(page, 'org-unit');
    expect(await seriousViolations(page)).toEqual([]);
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 90000);

  it('shows a volunteer the same page with personal data as the API masks it for that role', async () => {
    const { page } = browser;
    await openSignedIn(page, platform.gateway.url, VOLUNTEER, '/org/1');
    await page.getByRole('heading', { level: 1, name: '会东县新时代文明实践中心' }).waitFor();
    // The org admin read the contact's whole number; a volunteer gets it masked by the API.
    await page.getByText(/王主任（中心办公室主任） \d{3}\*{4}\d{4}/).waitFor();
    await page.getByText('志愿者排行仅供工作人员查看。').waitFor();
    await page.getByText('2021年会东县卫生健康志愿服务专业培训').waitFor();
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 90000);
});
