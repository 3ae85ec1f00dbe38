import { createScratchDatabase } from '@civic/testing';
import type { Page } from 'playwright-core';
import { callAs, type Caller } from '../../gateway/test/support/callers';
import { startTestPlatform, type TestPlatform } from '../../gateway/test/support/platform';
import { selectOption } from './support/select-option';
import { seriousViolations } from './support/accessibility';
import { collectPageErrors, launchOfflineBrowser, openSignedIn, saveScreenshot, type OfflineBrowser } from './support/console-browser';

/**
 * 数据录入 in the browser, writing: a station's staff record a Party-history lecture and service
 * hours, approve pending hours and void the event, on a scratch copy of the demo data.
 */
let platform: TestPlatform;
let browser: OfflineBrowser;
let pageErrors: string[];

const STATION_OPERATOR: Caller = { role: 'OPERATOR', orgUnitCode: '513426100001-SJZ', subject: 'e2e-operator' };
const LECTURE_CAMPAIGN = '会东县党史学习教育宣讲';
const EVENT_TITLE = '红军巧渡金沙江（坝坝会）— 端到端测试';

beforeAll(async () => {
  browser = await launchOfflineBrowser();
  pageErrors = collectPageErrors(browser.page);
  platform = await startTestPlatform({ databaseUrl: await createScratchDatabase() });
}, 240000);
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

// Each test answers for the errors raised while it ran, so one failure does not fail those after it.
beforeEach(() => void pageErrors?.splice(0));

async function api<T>(query: string): Promise<T> {
  const res = await callAs<T>(platform.gateway.url, STATION_OPERATOR, query);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function lectureEventCount(): Promise<number> {
  const data = await api<{ campaigns: { edges: { node: { name: string; stats: { eventCount: number } } }[] } }>(
    `{ campaigns(first: 5, filter: { search: "${LECTURE_CAMPAIGN}" }) { edges { node { name stats { eventCount } } } } }`,
  );
  return data.campaigns.edges.find((e) => e.node.name === LECTURE_CAMPAIGN)!.node.stats.eventCount;
}

async function stationRecordCount(status: 'PENDING' | 'APPROVED'): Promise<number> {
  const data = await api<{ orgUnitByCode: { id: string } }>(`{ orgUnitByCode(code: "513426100001-SJZ") { id } }`);
  const counted = await api<{ serviceRecords: { totalCount: number } }>(
    `{ serviceRecords(first: 0, filter: { subtreeOf: "${data.orgUnitByCode.id}", status: ${status} }) { totalCount } }`,
  );
  return counted.serviceRecords.totalCount;
}

/** Picks an option of an antd Select found by its accessible name, typing `search` first when given. */
async function choose(page: Page, name: string, option: string, search?: string): Promise<void> {
  await selectOption(page.getByRole('combobox', { name, exact: true }), option, search);
}

/** Types a Beijing date and time into an antd DatePicker and confirms it. */
async function pickDateTime(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

const formItem = (page: Page, label: string) =>
  page.locator('.ant-form-item').filter({ has: page.locator('label', { hasText: new RegExp(`^${label}$`) }) });

describe('数据录入 by the staff of 政通路社区新时代文明实践站', () => {
  let eventsBefore: number;

  it('records a Party-history lecture; the campaign counts one event more', async () => {
    const { page } = browser;
    eventsBefore = await lectureEventCount();
    await page.setViewportSize({ width: 1440, height: 900 });
    await openSignedIn(page, platform.gateway.url, STATION_OPERATOR, '/recording');
    await page.waitForURL(/\/recording\/event$/);
    await page.getByRole('form', { name: '登记活动场次' }).waitFor();
    // The host unit starts as the staff's own station.
    await formItem(page, '承办单位').getByText('政通路社区新时代文明实践站').waitFor();

    await choose(page, '活动', LECTURE_CAMPAIGN, 'dangshi');
    await page.getByLabel('活动主题').fill(EVENT_TITLE);
    await pickDateTime(page, '举办时间', '2021-10-15 19:30');
    await choose(page, '活动形式', '坝坝会');
    await choose(page, '场所类型', '进社区');
    await page.getByLabel('受众人次').fill('45');
    await page.getByLabel('地点').fill('政通路社区广场');
    await saveScreenshot(page, 'recording-event');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /登\s*记/ }).click();
    await page.getByText(`已登记：${EVENT_TITLE}（2021-10-15 19:30，政通路社区新时代文明实践站）`).waitFor();
    await page.getByText(`「${LECTURE_CAMPAIGN}」现累计 ${(eventsBefore + 1).toLocaleString('zh-CN')} 场`, { exact: false }).waitFor();
    await expect(lectureEventCount()).resolves.toBe(eventsBefore + 1);
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120000);

  it('shows the API’s refusal beside the field it names: more than 24 hours, an end before the start', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: '录入服务时长' }).click();
    await page.getByRole('form', { name: '录入服务时长' }).waitFor();
    await choose(page, '志愿者', '胡小龙', '胡小龙');
    await pickDateTime(page, '开始时间', '2021-11-20 08:00');
    await pickDateTime(page, '结束时间', '2021-11-21 10:00');
    await page.getByText('约 26 小时').waitFor();
    await page.getByRole('button', { name: /录\s*入/ }).click();
    await formItem(page, '结束时间').getByText('一条服务记录最长 24 小时').waitFor();
    await saveScreenshot(page, 'recording-service');
    expect(await seriousViolations(page)).toEqual([]);

    await pickDateTime(page, '结束时间', '2021-11-20 07:00');
    await page.getByRole('button', { name: /录\s*入/ }).click();
    await formItem(page, '结束时间').getByText('须晚于开始时间').waitFor();
    expect(pageErrors).toEqual([]);
  }, 120000);

  it('records service hours once corrected', async () => {
    const { page } = browser;
    const approvedBefore = await stationRecordCount('APPROVED');
    await pickDateTime(page, '结束时间', '2021-11-20 11:30');
    await page.getByRole('button', { name: /录\s*入/ }).click();
    await page.getByText('已录入：胡小龙 服务 3.5 小时（工作人员录入，直接计入）').waitFor();
    await expect(stationRecordCount('APPROVED')).resolves.toBe(approvedBefore + 1);
    expect(pageErrors).toEqual([]);
  }, 120000);

  it('approves pending hours of a volunteer of the station', async () => {
    const { page } = browser;
    const [pendingBefore, approvedBefore] = [await stationRecordCount('PENDING'), await stationRecordCount('APPROVED')];
    expect(pendingBefore).toBeGreaterThan(0);
    await page.getByRole('tab', { name: '近期记录' }).click();
    await page.getByRole('tab', { name: '服务记录' }).click();
    await page.getByRole('radiogroup', { name: '审核状态' }).getByText('待审核').click();
    const firstRow = page.getByRole('tabpanel', { name: '服务记录' }).locator('.ant-table-row').first();
    await firstRow.getByText('待审核').waitFor();
    await firstRow.getByRole('button', { name: /通\s*过/ }).click();
    await page.getByText(/已审核通过：/).waitFor();
    await expect(stationRecordCount('PENDING')).resolves.toBe(pendingBefore - 1);
    await expect(stationRecordCount('APPROVED')).resolves.toBe(approvedBefore + 1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120000);

  it('voids the recorded event with a reason; it stays listed as voided and counts no more', async () => {
    const { page } = browser;
    const dialog = page.getByRole('dialog', { name: '作废活动场次' });
    // A retry after a failure finds the dialog still open over the page: close it first.
    if (await dialog.isVisible()) {
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
    await page.getByRole('tab', { name: '活动场次' }).click();
    await page.getByRole('button', { name: `作废 ${EVENT_TITLE}` }).click();
    // Submitting before the form inside the opening dialog is ready shows nothing; wait for its field.
    await dialog.getByLabel('作废原因').waitFor();
    await dialog.getByRole('button', { name: /作\s*废/ }).click();
    await dialog.getByText('请填写作废原因').waitFor();
    await dialog.getByLabel('作废原因').fill('重复登记');
    await dialog.getByRole('button', { name: /作\s*废/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('tabpanel', { name: '活动场次' }).locator('.ant-table-row').filter({ hasText: EVENT_TITLE });
    await row.getByText('已作废').waitFor();
    await row.getByText('重复登记').waitFor();
    await saveScreenshot(page, 'recording-records');
    await expect(lectureEventCount()).resolves.toBe(eventsBefore);
    expect(await seriousViolations(page)).toEqual([]);
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120000);
});
