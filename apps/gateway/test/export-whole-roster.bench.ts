/**
 * The whole Huidong roster (90,000+ volunteers, 900+ pages) exported as one workbook and as one
 * CSV, with the memory of the process the gateway runs in. Too slow for the suite, so not named
 * *.test.ts; run it on its own (the subgraphs and seeded database come from the suite's setup):
 *
 *   cd apps/gateway && npx jest --testMatch '<rootDir>/test/export-whole-roster.bench.ts'
 *
 * (`node --expose-gc ../../node_modules/.bin/jest …` makes the before/after figures settled ones).
 * The download is streamed into a file and read back only after the measurement, so the figures are
 * the gateway's own: rows, seconds, and RSS before, after and at its peak.
 */
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stream } from 'exceljs';
import { callAs } from './support/callers';
import { downloadExport, type ExportDownload } from './support/export-download';
import { startTestPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let folder: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  folder = mkdtempSync(join(tmpdir(), 'civic-roster-'));
}, 180000);
afterAll(async () => {
  await platform?.stop();
  rmSync(folder, { recursive: true, force: true });
});

const ANALYST = { role: 'ANALYST' } as const;
const MASKED_PHONE = /^1\d{2}\*{4}\d{4}$/;
const MB = 1024 * 1024;
const ROSTER = `query HuidongRoster($huidong: ID!, $after: String) {
  volunteers(first: 100, after: $after, filter: { subtreeOf: $huidong }) {
    pageInfo { hasNextPage endCursor }
    edges { node { volunteerNumber name gender politicalStatus phone registeredAt kinds starLevel totalServiceHours homeUnit { name level } } }
  }
}`;
/** The phone's column in ROSTER's rows. */
const PHONE_COLUMN = 4;

async function huidongRoster(): Promise<{ huidong: string; total: number }> {
  const center = await callAs(platform.gateway.url, ANALYST, '{ orgUnitByCode(code: "513426-ZX") { id } }');
  const huidong = center.data!.orgUnitByCode.id as string;
  const count = await callAs(
    platform.gateway.url,
    ANALYST,
    'query($id: ID) { volunteers(first: 0, filter: { subtreeOf: $id }) { totalCount } }',
    {
      id: huidong,
    },
  );
  return { huidong, total: count.data!.volunteers.totalCount as number };
}

interface Measured {
  download: ExportDownload;
  seconds: number;
  rss: { before: number; after: number; peak: number };
  heap: { before: number; after: number; peak: number };
  /** The RSS peak in each quarter of the export's time: flat when memory does not grow with the rows written. */
  rssPeakByQuarter: number[];
}

/** Runs the export with RSS and heap sampled every 20 ms, from a settled start (after a warm-up export of the same format). */
async function measure(format: 'csv' | 'xlsx', huidong: string, file: string): Promise<Measured> {
  await downloadExport(platform.gateway.url, ANALYST, format, { query: ROSTER.replace(', after: $after', ''), variables: { huidong } });
  settle();
  const before = process.memoryUsage();
  const peak = { rss: before.rss, heap: before.heapUsed };
  const samples: { at: number; rss: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.heap = Math.max(peak.heap, now.heapUsed);
    samples.push({ at: Date.now() - started, rss: now.rss });
  }, 20);
  const download = await downloadExport(platform.gateway.url, ANALYST, format, { query: ROSTER, variables: { huidong } }, { toFile: file });
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);
  settle();
  const after = process.memoryUsage();
  return {
    download,
    seconds,
    rss: { before: before.rss, after: after.rss, peak: Math.max(peak.rss, after.rss) },
    heap: { before: before.heapUsed, after: after.heapUsed, peak: Math.max(peak.heap, after.heapUsed) },
    rssPeakByQuarter: [0, 1, 2, 3].map((quarter) =>
      Math.max(before.rss, ...samples.filter((s) => Math.floor((s.at / (seconds * 1000)) * 4) === quarter).map((s) => s.rss)),
    ),
  };
}

function settle(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
}

function report(format: string, rows: number, file: string, measured: Measured): void {
  const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
  const { rss, heap } = measured;
  console.log(
    [
      `whole Huidong roster as ${format} (ANALYST): ${rows} rows, ${measured.download.trailers.get('x-export-pages')} pages, ` +
        `${measured.seconds.toFixed(1)} s, ${mb(statSync(file).size)} file`,
      `  gateway process RSS: before ${mb(rss.before)}, after ${mb(rss.after)}, peak ${mb(rss.peak)} ` +
        `(growth: after ${mb(rss.after - rss.before)}, peak ${mb(rss.peak - rss.before)})`,
      `  RSS peak by quarter of the export: ${measured.rssPeakByQuarter.map(mb).join(', ')}`,
      `  heap used: before ${mb(heap.before)}, after ${mb(heap.after)}, peak ${mb(heap.peak)}` +
        `${(globalThis as { gc?: unknown }).gc ? '' : ' (no --expose-gc: before/after unsettled)'}`,
    ].join('\n'),
  );
}

describe('the whole Huidong roster, streamed', () => {
  let roster: { huidong: string; total: number };
  const measured: Partial<Record<'xlsx' | 'csv', Measured>> = {};
  const fileOf = (format: 'xlsx' | 'csv') => join(folder, `roster.${format}`);

  // Both exports are measured before either file is read back, so that reading one does not weigh on the other's figures.
  beforeAll(async () => {
    roster = await huidongRoster();
    for (const format of ['xlsx', 'csv'] as const) measured[format] = await measure(format, roster.huidong, fileOf(format));
  }, 1_800_000);

  it('as a workbook: every volunteer once, phones masked, memory flat', async () => {
    const { download } = measured.xlsx!;
    expect(roster.total).toBeGreaterThanOrEqual(90_000);
    expect(download.status).toBe(200);
    expect(download.broken).toBe(false);
    expect(download.trailers.get('x-export-rows')).toBe(String(roster.total));
    expect(download.trailers.get('x-export-incomplete')).toBeNull();

    let rows = 0;
    let masked = 0;
    const numbers = new Set<string>();
    for await (const sheet of new stream.xlsx.WorkbookReader(fileOf('xlsx'), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'ignore',
    })) {
      for await (const row of sheet) {
        if (row.number === 1) continue;
        rows += 1;
        numbers.add(String(row.getCell(1).value));
        if (MASKED_PHONE.test(String(row.getCell(PHONE_COLUMN + 1).value))) masked += 1;
      }
    }
    report('xlsx', rows, fileOf('xlsx'), measured.xlsx!);
    expect(rows).toBe(roster.total);
    expect(numbers.size).toBe(roster.total);
    expect(masked).toBe(roster.total);
  }, 300_000);

  it('as a CSV: every volunteer once, phones masked, memory flat', async () => {
    const { download } = measured.csv!;
    expect(download.broken).toBe(false);
    expect(download.trailers.get('x-export-rows')).toBe(String(roster.total));

    let rows = -1;
    let masked = 0;
    for await (const line of createInterface({ input: createReadStream(fileOf('csv'), 'utf8'), crlfDelay: Infinity })) {
      rows += 1;
      // No cell of this query holds a comma or a quote: a plain split reads it.
      if (rows > 0 && MASKED_PHONE.test(line.split(',')[PHONE_COLUMN])) masked += 1;
    }
    report('csv', rows, fileOf('csv'), measured.csv!);
    expect(rows).toBe(roster.total);
    expect(masked).toBe(roster.total);
  }, 300_000);
});
