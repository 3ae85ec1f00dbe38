import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COOKBOOK_DIR } from '../src/explorer/example-operations';
import { callAs } from './support/callers';
import { csvRecords } from './support/csv';
import { exportCsvAs } from './support/export-csv';
import { startTestPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;

// The demo county has far more volunteers than this: the tests of the cap run against it.
const CAP = 10_000;

beforeAll(async () => {
  platform = await startTestPlatform({ gateway: { exportMaxRows: CAP } });
}, 180000);
afterAll(() => platform?.stop());

const VOLUNTEERS = `query Volunteers($after: String) {
  volunteers(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id volunteerNumber name phone homeUnit { name parent { name } } } }
  }
}`;

const MASKED_PHONE = /^1\d{2}\*{4}\d{4}$/;
const WHOLE_PHONE = /^1\d{10}$/;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The rows of a file, and the note row that ends a file whose rows stopped short, if there is one. */
function rowsAndNote(text: string): { columns: string[]; records: Record<string, string>[]; note?: string } {
  const { columns, records } = csvRecords(text.slice(1));
  const last = records.at(-1);
  const isNote = last !== undefined && columns.slice(1).every((column) => last[column] === undefined);
  return { columns, records: isNote ? records.slice(0, -1) : records, note: isNote ? last[columns[0]] : undefined };
}

describe('POST /export.csv: 10,000 volunteers for Excel', () => {
  it('streams 10,000 volunteers for an analyst: BOM, Chinese text as /graphql gives it, masked phones', async () => {
    const started = Date.now();
    const res = await exportCsvAs(platform.gateway.url, { role: 'ANALYST' }, VOLUNTEERS);
    const seconds = (Date.now() - started) / 1000;
    console.log(`export of 10,000 volunteers (100 pages of 100) as ANALYST: ${seconds.toFixed(1)} s, ${res.bytes.length} bytes`);

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="Volunteers.csv"');
    expect(res.bytes.subarray(0, 3)).toEqual(BOM);
    expect(res.broken).toBe(false);
    // Streamed from its second page on: the summary follows the file as trailers, not headers.
    expect(res.headers.get('x-export-rows')).toBeNull();
    expect(res.headers.get('trailer')).toBe('x-export-rows, x-export-pages, x-export-incomplete');
    expect(res.trailers.get('x-export-rows')).toBe('10000');
    expect(res.trailers.get('x-export-pages')).toBe('100');
    // The demo county has far more volunteers than the cap: the file says it stopped there, in its last row too.
    expect(res.trailers.get('x-export-incomplete')).toBe('row-cap');

    const { columns, records, note } = rowsAndNote(res.text);
    expect(note).toBe('已达导出上限 10000 行，其余未导出');
    expect(columns).toEqual(['id', 'volunteerNumber', 'name', 'phone', 'homeUnit.name', 'homeUnit.parent.name']);
    expect(records).toHaveLength(10_000);
    expect(new Set(records.map((r) => r.id)).size).toBe(10_000);
    expect(records.every((r) => MASKED_PHONE.test(r.phone))).toBe(true);

    // The first and the last page read the same through /graphql: same rows, same Chinese text.
    const first = await callAs(platform.gateway.url, { role: 'ANALYST' }, VOLUNTEERS);
    const firstNodes = first.data!.volunteers.edges.map((e: any) => e.node);
    expect(records.slice(0, 100).map((r) => [r.id, r.name, r.phone, r['homeUnit.name']])).toEqual(
      firstNodes.map((n: any) => [n.id, n.name, n.phone, n.homeUnit?.name ?? '']),
    );
    expect(records[0].name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    expect(records[0]['homeUnit.name']).toMatch(/新时代文明实践/);
  }, 120000);

  it('gives an ADMIN the same 10,000 volunteers with whole phones', async () => {
    const [admin, analyst] = await Promise.all([
      exportCsvAs(platform.gateway.url, { role: 'ADMIN' }, VOLUNTEERS),
      exportCsvAs(platform.gateway.url, { role: 'ANALYST' }, VOLUNTEERS),
    ]);
    expect(admin.status).toBe(200);
    const adminRows = rowsAndNote(admin.text).records;
    const analystRows = rowsAndNote(analyst.text).records;
    expect(adminRows).toHaveLength(10_000);
    expect(adminRows.every((r) => WHOLE_PHONE.test(r.phone))).toBe(true);
    expect(adminRows.map((r) => [r.id, r.name])).toEqual(analystRows.map((r) => [r.id, r.name]));
    // Masking keeps the first three and last four digits.
    expect(adminRows.slice(0, 50).map((r) => `${r.phone.slice(0, 3)}****${r.phone.slice(7)}`)).toEqual(
      analystRows.slice(0, 50).map((r) => r.phone),
    );
  }, 120000);
});

describe('POST /export.csv: same auth and limits as /graphql', () => {
  it('refuses an anonymous caller the volunteer register (401 UNAUTHENTICATED, JSON, no file)', async () => {
    const res = await exportCsvAs(platform.gateway.url, { role: 'ANONYMOUS' }, VOLUNTEERS);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(res.json?.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an invalid token as /graphql does', async () => {
    const res = await fetch(platform.gateway.url.replace('/graphql', '/export.csv'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: JSON.stringify({ query: VOLUNTEERS }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('runs queries only: a mutation is refused before anything runs', async () => {
    const res = await exportCsvAs(
      platform.gateway.url,
      { role: 'ADMIN' },
      'mutation { createServiceRequest(input: { title: "x", orgUnitId: "1" }) { id } }',
    );
    expect(res.status).toBe(400);
    expect(res.json?.errors?.[0].message).toBe('an export runs queries only, not a mutation');
  });

  it('applies the document limits of /graphql (cost)', async () => {
    const strict = await platform.startGateway({ limits: { maxCost: 50 } });
    try {
      const res = await exportCsvAs(strict.url, { role: 'ANALYST' }, VOLUNTEERS);
      expect(res.status).toBe(400);
      expect(res.json?.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    } finally {
      await strict.stop();
    }
  });

  it('answers 429 with retry-after, as JSON, when the rate limit is spent before the export starts', async () => {
    const limited = await platform.startGateway({ rateLimit: { requestsPerMinute: 2 } });
    try {
      for (let i = 0; i < 2; i++) await callAs(limited.url, { role: 'ANALYST' }, VOLUNTEERS);
      const res = await exportCsvAs(limited.url, { role: 'ANALYST' }, VOLUNTEERS);
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(res.json?.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await limited.stop();
    }
  });

  it('counts every page against the rate limit, and cuts the download off when it runs out mid-file', async () => {
    const limited = await platform.startGateway({ rateLimit: { requestsPerMinute: 3 } });
    try {
      const res = await exportCsvAs(limited.url, { role: 'ANALYST' }, VOLUNTEERS.replace('first: 100', 'first: 10'));
      // Three pages went out before the fourth was refused: a broken download, not a file that looks whole.
      expect(res.status).toBe(200);
      expect(res.broken).toBe(true);
      expect(res.trailers.get('x-export-rows')).toBeNull();
    } finally {
      await limited.stop();
    }
  });

  it('stops at the configured row cap (GATEWAY_EXPORT_MAX_ROWS)', async () => {
    const capped = await platform.startGateway({ exportMaxRows: 250 });
    try {
      const res = await exportCsvAs(capped.url, { role: 'ANALYST' }, VOLUNTEERS);
      expect(res.status).toBe(200);
      const { records, note } = rowsAndNote(res.text);
      expect(records).toHaveLength(250);
      expect(note).toBe('已达导出上限 250 行，其余未导出');
      expect(res.trailers.get('x-export-pages')).toBe('3');
      expect(res.trailers.get('x-export-incomplete')).toBe('row-cap');
    } finally {
      await capped.stop();
    }
  });

  it('exports one page, and says so, when the query takes no $after: answered whole, the summary in headers', async () => {
    const res = await exportCsvAs(
      platform.gateway.url,
      { role: 'ANALYST' },
      VOLUNTEERS.replace('($after: String)', '').replace(', after: $after', ''),
    );
    expect(res.status).toBe(200);
    const { records, note } = rowsAndNote(res.text);
    expect(records).toHaveLength(100);
    expect(note).toMatch(/^仅导出第一页/);
    expect(res.headers.get('content-length')).toBe(String(res.bytes.length));
    expect(res.headers.get('x-export-rows')).toBe('100');
    expect(res.headers.get('x-export-pages')).toBe('1');
    expect(res.headers.get('x-export-incomplete')).toBe('no-after-variable');
  });

  it('pages a connection by whatever variable its field takes as `after`', async () => {
    const capped = await platform.startGateway({ exportMaxRows: 150 });
    try {
      const query = VOLUNTEERS.replace('$after: String', '$cursor: String').replace('after: $after', 'after: $cursor');
      const res = await exportCsvAs(capped.url, { role: 'ANALYST' }, query);
      expect(rowsAndNote(res.text).records).toHaveLength(150);
      expect(res.trailers.get('x-export-pages')).toBe('2');
    } finally {
      await capped.stop();
    }
  });
});

describe('POST /export.csv: the cookbook', () => {
  const cookbook = (file: string) => readFileSync(join(COOKBOOK_DIR, file), 'utf8');

  it('pages through a connection nested in an object: every session of a campaign', async () => {
    const query = cookbook('campaign-sessions.graphql');
    const [file, view] = await Promise.all([
      exportCsvAs(platform.gateway.url, { role: 'ANALYST' }, query, { campaignId: '1' }),
      callAs(platform.gateway.url, { role: 'ANALYST' }, query, { campaignId: '1' }),
    ]);
    const total = view.data!.campaign.events.totalCount as number;
    expect(total).toBeGreaterThan(100);
    const { columns, records } = csvRecords(file.text.slice(1));
    expect(records).toHaveLength(total);
    expect(file.trailers.get('x-export-rows')).toBe(String(total));
    expect(file.trailers.get('x-export-incomplete')).toBeNull();
    expect(columns).toEqual(['heldAt', 'title', 'format', 'venueType', 'place', 'audienceCount', 'host.code', 'host.name', 'host.level']);
  });

  it('joins a list inside each row: the sessions of each training program', async () => {
    const file = await exportCsvAs(platform.gateway.url, { role: 'ANALYST' }, cookbook('training-programs.graphql'));
    const { columns, records } = csvRecords(file.text.slice(1));
    expect(columns).toEqual(expect.arrayContaining(['title', 'organizer.name', 'sessions.title', 'sessions.attendeeCount']));
    expect(records.length).toBeGreaterThan(0);
    expect(records[0]['sessions.title'].split('; ').length).toBeGreaterThan(1);
  });
});
