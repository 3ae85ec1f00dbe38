import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { signDevToken } from '../src';
import { csvRecords } from './support/csv';
import { launchOfflineBrowser, type OfflineBrowser } from './support/chromium';
import { startTestPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let browser: OfflineBrowser;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchOfflineBrowser();
  browser.page.on('pageerror', (err) => pageErrors.push(err.message));
  platform = await startTestPlatform();
}, 180000);
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const introspectionRequests = () => browser.posted.filter((body) => body.includes('__schema')).length;

describe('the explorer in headless Chromium, with only localhost reachable', () => {
  it('loads from the gateway alone and asks for a token before it loads the schema', async () => {
    const { page } = browser;
    await page.goto(platform.gateway.url);
    await page.waitForSelector('.graphiql-container', { timeout: 30000 });
    await expect(page.textContent('#explorer-notice')).resolves.toContain('Paste a token above to load the schema');
    await expect(page.textContent('#explorer-signed-in')).resolves.toBe('anonymous');
    // The examples panel is open, with the cookbook.
    await page.waitForSelector('button[data-example="top-volunteers"]');
    expect(introspectionRequests()).toBe(0);
    expect(browser.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60000);

  it('takes a pasted development token, loads the schema docs, runs an example and shows the result', async () => {
    const { page } = browser;
    await page.fill('#explorer-token', `Bearer ${await signDevToken({ role: 'ANALYST' })}`);
    await page.click('#explorer-use-token');
    await expect(page.textContent('#explorer-signed-in')).resolves.toBe('token in use');
    expect(await page.$('#explorer-notice')).toBeNull();

    // Schema docs: the documentation explorer lists the root types once introspection succeeded.
    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector('.graphiql-doc-explorer >> text=Query', { timeout: 30000 });
    expect(introspectionRequests()).toBeGreaterThanOrEqual(1);

    await page.click('button[aria-label="Show Examples"]');
    await page.click('button[data-example="top-volunteers"]');
    await page.click('.graphiql-execute-button');
    // Evaluated in the page (a string: this file is compiled without the DOM's types).
    await page.waitForFunction(`document.querySelector('.graphiql-response')?.textContent.includes('"rank": 1')`, null, { timeout: 30000 });
    const result = (await page.textContent('.graphiql-response')) ?? '';
    expect(result).toContain('会东县新时代文明实践中心');
    expect(result).toMatch(/"phone": "1\d{2}\*{4}\d{4}"/);
    expect(result).not.toContain('"errors"');
    // The Chinese in the result is drawn with the font the gateway serves (a bare machine has none of its own).
    await page.waitForFunction(
      `document.fonts.status === 'loaded' && [...document.fonts].some((f) => f.family.includes('Noto Sans SC') && f.status === 'loaded')`,
      null,
      { timeout: 30000 },
    );
    expect(browser.requested.some((url) => /\/explorer\/fonts\/noto-sans-sc-\d+-400-normal\.woff2$/.test(url))).toBe(true);

    expect(browser.blocked).toEqual([]);
    expect(browser.requested.every((url) => new URL(url).hostname === '127.0.0.1')).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 90000);

  it('downloads the same query as CSV from the toolbar, with the token in use', async () => {
    const { page } = browser;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#explorer-csv')]);
    expect(download.suggestedFilename()).toBe('TopVolunteers.csv');
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const { columns, records } = csvRecords(bytes.toString('utf8').slice(1));
    expect(columns).toEqual([
      'rank',
      'hours',
      'volunteer.volunteerNumber',
      'volunteer.name',
      'volunteer.starLevel',
      'volunteer.phone',
      'volunteer.totalServiceHours',
      'volunteer.homeUnit.name',
    ]);
    expect(records).toHaveLength(20);
    expect(records.every((r) => /^1\d{2}\*{4}\d{4}$/.test(r['volunteer.phone']))).toBe(true);
    await expect(page.textContent('#explorer-status')).resolves.toBe('CSV: 20 rows');
    expect(browser.blocked).toEqual([]);
  }, 60000);

  it('downloads it as an Excel workbook too: Chinese headers, masked phones', async () => {
    const { page } = browser;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#explorer-xlsx')]);
    expect(download.suggestedFilename()).toBe('TopVolunteers.xlsx');
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(await download.path())).buffer);
    const [sheet] = workbook.worksheets;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['名次', '时长', '志愿者·姓名']));
    expect(sheet.rowCount).toBe(21);
    await expect(page.textContent('#explorer-status')).resolves.toBe('Excel: 20 rows');
    await page.screenshot({ path: join(tmpdir(), 'explorer-excel-export.png') });
  }, 60000);
});
