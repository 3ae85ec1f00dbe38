import { startTestPlatform, type TestPlatform } from '../../gateway/test/support/platform';
import { seriousViolations } from './support/accessibility';
import { collectPageErrors, consoleUrl, launchOfflineBrowser, saveScreenshot, type OfflineBrowser } from './support/console-browser';

let platform: TestPlatform;
let browser: OfflineBrowser;
let pageErrors: string[];

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

describe('signing in to the console', () => {
  it('shows the sign-in page at /console, with the demo roles in development, from localhost alone', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(consoleUrl(platform.gateway.url));
    await page.getByRole('heading', { name: /登录/ }).waitFor();
    await page.getByText('演示账号（仅开发环境）').waitFor();
    await expect(page.getByRole('button', { name: '以此身份登录' }).count()).resolves.toBe(6);
    await saveScreenshot(page, 'sign-in');
    expect(await seriousViolations(page)).toEqual([]);
    expect(browser.blocked).toEqual([]);
  }, 60000);

  it('refuses a token it cannot read, then signs in as the propaganda department and lands on its campaign views', async () => {
    const { page } = browser;
    await page.getByLabel('访问令牌').fill('not-a-token');
    await page.getByRole('button', { name: '登 录' }).click();
    await page.getByText('令牌无法识别或已过期').waitFor();

    const propaganda = page.getByRole('listitem').filter({ hasText: '宣传部门' });
    await propaganda.getByRole('button', { name: '以此身份登录' }).click();
    await page.waitForURL(/\/console\/campaigns/);
    await page.getByText('宣传部门 · 会东县新时代文明实践中心').waitFor();
    await expect(page.getByRole('navigation', { name: '主菜单' }).textContent()).resolves.toContain('看板搭建');
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60000);

  it('signs out back to the sign-in page', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: /退\s*出/ }).click();
    await page.goto(consoleUrl(platform.gateway.url, '/campaigns'));
    await page.waitForURL(/\/console\/sign-in/);
  }, 60000);
});
