import type { Page } from 'playwright-core';
import { callAs, type Caller } from '../../gateway/test/support/callers';
import { startTestPlatform, type TestPlatform } from '../../gateway/test/support/platform';
import { seriousViolations } from './support/accessibility';
import { collectPageErrors, launchOfflineBrowser, openSignedIn, saveScreenshot, type OfflineBrowser } from './support/console-browser';

/**
 * 考核评比 in the browser: Huidong's 2021 ranking of its 19 institutes, a unit's figures down to the
 * rows behind them, a weight changed so that the order changes (and restored: the run's demo data
 * is shared), and the same page read-only for an analyst.
 */
let platform: TestPlatform;
let browser: OfflineBrowser;
let pageErrors: string[];

const HUIDONG_ORG_ADMIN: Caller = { role: 'ORG_ADMIN', orgUnitCode: '513426-ZX', subject: 'e2e-assessment-admin' };
const ANALYST: Caller = { role: 'ANALYST', subject: 'e2e-analyst' };
const SCHEME_NAME = '会东县2021年度新时代文明实践工作考核';

/** A row of the ranking as the table shows it. */
interface ShownRow {
  rank: number;
  unit: string;
  total: number;
  /** Score per indicator column title, e.g. 培训出勤率 (15分). */
  scores: Record<string, number>;
}

/** The ranking as the org admin first saw it. */
let initial: ShownRow[];
/** The weights as the seed wrote them, to put back whatever a failed test left. */
let seededWeights: { id: string; weight: number }[] = [];

const SchemeWeights = `query E2eSchemeWeights { assessmentSchemes(first: 10) { edges { node { id name indicators { id weight version } } } } }`;
const SetWeight = `mutation E2eSetWeight($input: UpdateAssessmentIndicatorInput!) { updateAssessmentIndicator(input: $input) { id weight } }`;

type WeightsAnswer = {
  assessmentSchemes: { edges: { node: { name: string; indicators: { id: string; weight: number; version: number }[] } }[] };
};

async function readWeights(): Promise<{ id: string; weight: number; version: number }[]> {
  const answer = await callAs<WeightsAnswer>(platform.gateway.url, HUIDONG_ORG_ADMIN, SchemeWeights);
  return answer.data!.assessmentSchemes.edges.find((edge) => edge.node.name === SCHEME_NAME)!.node.indicators;
}

beforeAll(async () => {
  browser = await launchOfflineBrowser();
  pageErrors = collectPageErrors(browser.page);
  platform = await startTestPlatform();
  seededWeights = (await readWeights()).map(({ id, weight }) => ({ id, weight }));
}, 180000);
afterAll(async () => {
  if (platform) {
    for (const now of await readWeights()) {
      const seeded = seededWeights.find((s) => s.id === now.id);
      if (seeded && seeded.weight !== now.weight) {
        await callAs(platform.gateway.url, HUIDONG_ORG_ADMIN, SetWeight, {
          input: { id: now.id, expectedVersion: now.version, weight: seeded.weight },
        });
      }
    }
  }
  await browser?.close();
  await platform?.stop();
});

// Each test answers for the errors raised while it ran, so one failure does not fail those after it.
beforeEach(() => void pageErrors?.splice(0));

/** The ranking table's rows, in the order shown, once the ranking on screen is the one last read. */
async function shownRanking(page: Page): Promise<ShownRow[]> {
  await page.locator('[data-ranking-ready="true"]').waitFor();
  const table = page.locator('.ant-table-wrapper', { has: page.locator('th', { hasText: '总得分' }) }).first();
  await table.locator('tbody tr.ant-table-row').first().waitFor();
  const titles = (await table.locator('thead th').allInnerTexts()).map((t) => t.trim());
  const cells = await table
    .locator('tbody tr.ant-table-row')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
  return cells.map((texts) => {
    const scores: Record<string, number> = {};
    titles.forEach((title, i) => {
      if (/\(\d+(\.\d+)?分\)$/.test(title)) scores[title] = Number(texts[i]);
    });
    return {
      rank: Number(texts[titles.indexOf('排名')]),
      unit: texts[titles.indexOf('单位')],
      total: Number(texts[titles.indexOf('总得分')]),
      scores,
    };
  });
}

/**
 * From the table alone: the indicator on which the runner-up does best against the leader, and the
 * weight that lets it overtake (each unit's score there grows with the weight in proportion to its
 * share of full marks), with a margin for the two-decimal rounding.
 */
function weightThatSwapsTheTopTwo(rows: ShownRow[]): { title: string; weight: number; newWeight: number } {
  const [leader, runnerUp] = rows;
  const candidates = Object.keys(leader.scores).map((title) => {
    const weight = Number(/\((\d+(?:\.\d+)?)分\)$/.exec(title)![1]);
    return { title, weight, gain: runnerUp.scores[title] / weight - leader.scores[title] / weight };
  });
  const best = candidates.sort((a, b) => b.gain - a.gain)[0];
  expect(best.gain).toBeGreaterThan(0);
  const added = Math.ceil((leader.total - runnerUp.total) / best.gain) + 5;
  const newWeight = best.weight + added;
  expect(newWeight).toBeLessThanOrEqual(1000);
  return { title: best.title, weight: best.weight, newWeight };
}

/** ECharts grows its bars for a second after drawing: a picture taken sooner shows them half drawn. */
async function chartsDrawn(page: Page): Promise<void> {
  await page.waitForTimeout(1500);
}

/** The tabs' underline slides to the tab picked: a picture taken sooner shows it between two tabs. */
async function tabSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const bar = document.querySelector('.ant-tabs-ink-bar')?.getBoundingClientRect();
    const tab = document.querySelector('.ant-tabs-tab-active')?.getBoundingClientRect();
    return Boolean(bar && tab && Math.abs(bar.left - tab.left) < 1 && Math.abs(bar.width - tab.width) < 1);
  });
}

async function setWeight(page: Page, label: string, weight: number): Promise<void> {
  await page.getByRole('tab', { name: '指标与权重' }).click();
  const field = page.getByRole('spinbutton', { name: `${label}分值` });
  await field.fill(String(weight));
  await page.getByRole('button', { name: `保存：${label}` }).click();
  await page.getByText(`已保存「${label}」，排名已按新值重新计算`).first().waitFor();
  await page.getByRole('tab', { name: '排名' }).click();
  // The ranking read again after the save: its column carries the new weight.
  await page.locator('th', { hasText: `${label} (${weight}分)` }).waitFor();
}

describe('考核评比 for the Huidong center’s org admin', () => {
  it('ranks the 19 institutes 1..19 with their totals, by indicator in a table and a stacked chart', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1440, height: 900 });
    await openSignedIn(page, platform.gateway.url, HUIDONG_ORG_ADMIN, '/assessment');
    await page.getByRole('navigation', { name: '主菜单' }).getByText('考核评比').waitFor();
    await page.getByRole('heading', { level: 1, name: '考核评比' }).waitFor();
    await page.getByText(/考核期间：2021-01-01 至 2021-12-31 · 方案状态：已发布 · 考核对象：实践所 · 满分 100 分/).waitFor();
    await page.locator('.ant-select', { hasText: SCHEME_NAME }).waitFor();
    // When the figures were read, on Beijing's clock: within the last minute or so.
    const asOf = await page.getByText(/数据截至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/).textContent();
    const shownAt = Date.parse(`${/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.exec(asOf ?? '')![0].replace(' ', 'T')}:00+08:00`);
    expect(Math.abs(Date.now() - shownAt)).toBeLessThan(5 * 60_000);

    initial = await shownRanking(page);
    expect(initial.map((row) => row.rank)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(initial.every((row) => row.unit.endsWith('新时代文明实践所') && row.total > 0 && row.total <= 100)).toBe(true);
    expect(new Set(initial.map((row) => row.unit)).size).toBe(19);
    for (const [i, row] of initial.entries()) {
      if (i > 0) expect(row.total).toBeLessThan(initial[i - 1].total);
      // A total is its indicator scores added up.
      const sum = Object.values(row.scores).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - row.total)).toBeLessThan(0.05);
    }
    expect(Object.keys(initial[0].scores)).toContain('站均月均活动场次 (20分)');
    await page.getByRole('img', { name: '各实践所总得分按指标构成的堆叠条形图' }).waitFor();
    await page.waitForLoadState('networkidle');
    await chartsDrawn(page);
    await saveScreenshot(page, 'assessment');
    expect(await seriousViolations(page)).toEqual([]);
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120000);

  it('drills from a unit’s score to its indicators and to the rows behind one of them, page by page', async () => {
    const { page } = browser;
    const leader = initial[0];
    await page.getByRole('button', { name: `查看${leader.unit}的考核详情` }).click();
    const drawer = page.getByRole('dialog', { name: `${leader.unit} · 考核详情` });
    await drawer.getByText(`${leader.unit} · 考核详情`).waitFor();
    await drawer.getByText(`第 1 名（共 19 个）`).waitFor();
    await drawer.getByText(`${leader.total.toFixed(2)} 分`).waitFor();

    const line = drawer.locator('tr.ant-table-row', { hasText: '站均月均活动场次' });
    const score = leader.scores['站均月均活动场次 (20分)'];
    await expect(line.innerText()).resolves.toContain(score.toFixed(2));
    const fraction = /开展活动 (\d+) 场 ÷ 实践站数 × 月数 (\d+) 站·月/.exec(await line.innerText());
    expect(fraction).not.toBeNull();
    const events = Number(fraction![1]);
    await expect(line.innerText()).resolves.toContain('0.50 场/站·月');

    await line.getByRole('button', { name: '查看依据：站均月均活动场次' }).click();
    const rows = drawer.getByRole('region', { name: '站均月均活动场次 · 考核依据' });
    // Each event counted is one row: as many rows as the numerator's events.
    await rows.getByText(`共 ${events} 条 · 第 1 页`).waitFor();
    await rows.locator('tbody tr.ant-table-row').nth(9).waitFor();
    await expect(rows.locator('tbody tr.ant-table-row').count()).resolves.toBe(10);
    await expect(rows.locator('tbody tr.ant-table-row').first().innerText()).resolves.toMatch(
      /2021-\d\d-\d\d[\s\S]*活动场次 #\d+[\s\S]*1 场/,
    );
    await page.waitForLoadState('networkidle');
    // The drawer is as tall as the window: a window as tall as the page shows it whole in the guide's picture.
    await page.setViewportSize({ width: 1440, height: await page.evaluate(() => document.documentElement.scrollHeight) });
    await saveScreenshot(page, 'assessment-drilldown');
    await page.setViewportSize({ width: 1440, height: 900 });

    await rows.getByRole('button', { name: '下一页' }).click();
    await rows.getByText(`共 ${events} 条 · 第 2 页`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await drawer
      .getByRole('button', { name: 'Close' })
      .or(drawer.getByRole('button', { name: '关闭' }))
      .first()
      .click();
    await drawer.waitFor({ state: 'hidden' });
    expect(pageErrors).toEqual([]);
  }, 120000);

  it('changes a weight so that the runner-up overtakes the leader, then restores it', async () => {
    const { page } = browser;
    const [leader, runnerUp] = initial;
    const change = weightThatSwapsTheTopTwo(initial);
    const label = change.title.replace(/ \(.*\)$/, '');

    await page.getByRole('tab', { name: '指标与权重' }).click();
    await page.getByRole('spinbutton', { name: `${label}分值` }).waitFor();
    await tabSettled(page);
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'assessment-indicators');
    await setWeight(page, label, change.newWeight);
    const changed = await shownRanking(page);
    const names = changed.map((row) => row.unit);
    expect(names.indexOf(runnerUp.unit)).toBeLessThan(names.indexOf(leader.unit));
    expect(Object.keys(changed[0].scores)).toContain(`${label} (${change.newWeight}分)`);

    await setWeight(page, label, change.weight);
    const restored = await shownRanking(page);
    expect(restored.map((row) => [row.rank, row.unit, row.total])).toEqual(initial.map((row) => [row.rank, row.unit, row.total]));
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120000);

  it('lists the inspections with their fixes, overdue ones marked, and the recognitions', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: '督查整改' }).click();
    const inspections = page.locator('.ant-table-wrapper', { has: page.locator('th', { hasText: '整改要求' }) });
    await inspections.getByText('规范各实践站阵地标识标牌，统一悬挂文明实践站牌匾').waitFor();
    const overdue = inspections.locator('li', { hasText: '规范各实践站阵地标识标牌' });
    await expect(overdue.innerText()).resolves.toMatch(/待整改[\s\S]*已逾期/);
    await inspections.locator('li', { hasText: '补齐一季度各实践站活动台账' }).getByText('已验收').waitFor();

    await page.getByRole('tab', { name: '评优' }).click();
    const recognitions = page.locator('.ant-table-wrapper', { has: page.locator('th', { hasText: '荣誉称号' }) });
    const first = recognitions.locator('tbody tr.ant-table-row').first();
    await expect(first.innerText()).resolves.toContain(initial[0].unit);
    await expect(first.innerText()).resolves.toContain('优秀新时代文明实践所');
    await recognitions.getByText('优秀志愿服务队').first().waitFor();
    await recognitions.getByText('优秀志愿者').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120000);
});

describe('考核评比 for an analyst', () => {
  it('shows the same ranking, and the indicators without a save button', async () => {
    const { page } = browser;
    await openSignedIn(page, platform.gateway.url, ANALYST, '/assessment');
    const ranking = await shownRanking(page);
    // The ranking the org admin saw at first (its weight restored since).
    expect(ranking.map((row) => [row.rank, row.unit, row.total])).toEqual(initial.map((row) => [row.rank, row.unit, row.total]));
    await page.getByRole('tab', { name: '指标与权重' }).click();
    await page.getByText('只读：方案所属单位及其上级的阵地管理员可调整目标值和分值。').waitFor();
    await page.getByRole('cell', { name: '20 分' }).first().waitFor();
    await expect(page.getByRole('button', { name: /保存/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('spinbutton').count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120000);
});
