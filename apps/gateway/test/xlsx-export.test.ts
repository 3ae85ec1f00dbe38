import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook, type CellValue, type Worksheet } from 'exceljs';
import { COOKBOOK_DIR } from '../src/explorer/example-operations';
import { callAs } from './support/callers';
import { cancelExportOnFirstBytes, downloadExport, type ExportBody, type ExportDownload } from './support/export-download';
import { startTestPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
}, 180000);
afterAll(() => platform?.stop());

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MASKED_PHONE = /^1\d{2}\*{4}\d{4}$/;
/** 会东街道新时代文明实践所: a few hundred volunteers registered there, several pages. */
const INSTITUTE_ID = '34';

/** Two lists, each a connection paged by a variable of its own. */
const TEAMS_AND_VOLUNTEERS = `query TeamsAndVolunteers($unit: ID, $after: String, $teamsAfter: String) {
  volunteers(first: 100, after: $after, filter: { homeUnitId: $unit }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { volunteerNumber name phone registeredAt kinds homeUnit { name level } } }
  }
  volunteerTeams(first: 10, after: $teamsAfter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { name level theme memberCount orgUnit { name } } }
  }
}`;

function exportXlsx(body: ExportBody, url = platform.gateway.url): Promise<ExportDownload> {
  return downloadExport(url, { role: 'ANALYST' }, 'xlsx', body);
}

async function workbookOf(download: ExportDownload): Promise<Workbook> {
  const workbook = new Workbook();
  // exceljs declares a Buffer type of its own: an ArrayBuffer is what it takes.
  await workbook.xlsx.load(new Uint8Array(download.bytes).buffer);
  return workbook;
}

/** Every row of a sheet, header first, a cell per column of the header (the note row has one). */
function rowsOf(sheet: Worksheet): CellValue[][] {
  const width = sheet.getRow(1).cellCount;
  const rows: CellValue[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value)));
  return rows;
}

/** The wall time of a DateTime given in +08:00, as Excel's zone-less date holds it. */
function beijingWallTime(dateTime: string): Date {
  expect(dateTime).toMatch(/\+08:00$/);
  return new Date(dateTime.replace('+08:00', 'Z'));
}

describe('POST /export.xlsx: a workbook for people', () => {
  it('writes a sheet per list, each paged through its own variable: Chinese headings and labels, Beijing time, masked phones', async () => {
    const variables = { unit: INSTITUTE_ID };
    const [file, view] = await Promise.all([
      exportXlsx({ query: TEAMS_AND_VOLUNTEERS, variables }),
      callAs(platform.gateway.url, { role: 'ANALYST' }, TEAMS_AND_VOLUNTEERS, variables),
    ]);
    expect(file.status).toBe(200);
    expect(file.broken).toBe(false);
    expect(file.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="TeamsAndVolunteers.xlsx"');
    const volunteerTotal = view.data!.volunteers.totalCount as number;
    const teamTotal = view.data!.volunteerTeams.totalCount as number;
    expect(volunteerTotal).toBeGreaterThan(100);
    expect(teamTotal).toBeGreaterThan(10);
    expect(file.trailers.get('x-export-rows')).toBe(String(volunteerTotal + teamTotal));
    expect(file.trailers.get('x-export-pages')).toBe(String(Math.ceil(volunteerTotal / 100) + Math.ceil(teamTotal / 10) - 1));
    expect(file.trailers.get('x-export-incomplete')).toBeNull();

    const workbook = await workbookOf(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['志愿者列表', '志愿服务队列表']);
    const [header, ...volunteers] = rowsOf(workbook.worksheets[0]);
    expect(header).toEqual(['志愿者编号', '姓名', '手机号', '注册时间', '志愿者类别', '所属阵地·名称', '所属阵地·层级']);
    expect(volunteers).toHaveLength(volunteerTotal);
    expect(new Set(volunteers.map((row) => row[0])).size).toBe(volunteerTotal);
    expect(volunteers.every((row) => MASKED_PHONE.test(String(row[2])))).toBe(true);
    expect(volunteers.every((row) => row[5] === '会东街道新时代文明实践所' && row[6] === '实践所')).toBe(true);

    // The first page as /graphql gives it: same people, times as Beijing wall time, kinds by their Chinese labels.
    const nodes = view.data!.volunteers.edges.map((edge: any) => edge.node);
    expect(volunteers.slice(0, 100).map((row) => [row[0], row[1], row[2], row[3]])).toEqual(
      nodes.map((n: any) => [n.volunteerNumber, n.name, n.phone, beijingWallTime(n.registeredAt)]),
    );
    expect(workbook.worksheets[0].getCell('D2').numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    const kindLabels = new Set(volunteers.flatMap((row) => (row[4] ? String(row[4]).split('; ') : [])));
    expect([...kindLabels].every((label) => /^[\u4e00-\u9fff]+$/.test(label))).toBe(true);
    expect(kindLabels).toContain('五老');

    const [teamHeader, ...teams] = rowsOf(workbook.worksheets[1]);
    expect(teamHeader).toEqual(['名称', '层级', '服务主题', '队员人数', '所属阵地·名称']);
    expect(teams).toHaveLength(teamTotal);
    expect(new Set(teams.map((row) => row[1]))).toEqual(new Set(['县级', '乡镇级', '村社级']));
    expect(teams.every((row) => typeof row[3] === 'number')).toBe(true);
  });

  it('writes enum values as their Chinese labels: every session of a campaign with its format and kind of place', async () => {
    const query = readFileSync(join(COOKBOOK_DIR, 'campaign-sessions.graphql'), 'utf8');
    const [file, view] = await Promise.all([
      exportXlsx({ query, variables: { campaignId: '1' } }),
      callAs(platform.gateway.url, { role: 'ANALYST' }, query, { campaignId: '1' }),
    ]);
    const workbook = await workbookOf(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['活动场次']);
    const [header, ...sessions] = rowsOf(workbook.worksheets[0]);
    expect(header).toEqual([
      '举办时间',
      '活动主题',
      '活动形式',
      '场所类型',
      '地点',
      '受众人次',
      '承办单位·单位编码',
      '承办单位·名称',
      '承办单位·层级',
    ]);
    expect(sessions).toHaveLength(view.data!.campaign.events.totalCount);
    const first = view.data!.campaign.events.edges[0].node;
    expect(sessions[0][0]).toEqual(beijingWallTime(first.heldAt));
    const formats = new Set(sessions.map((row) => row[2]));
    expect(formats).toContain('宣讲');
    expect([...formats].every((format) => /^[\u4e00-\u9fff]+$/.test(String(format)))).toBe(true);
    expect(sessions.every((row) => /^[\u4e00-\u9fff]+$/.test(String(row[3])) && typeof row[5] === 'number')).toBe(true);
  });

  it('answers a one-page export whole: the summary in headers, the file with its length', async () => {
    const query = '{ volunteerTeams(first: 50) { pageInfo { hasNextPage endCursor } edges { node { name level } } } teamThemes }';
    const file = await exportXlsx({ query });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-length')).toBe(String(file.bytes.length));
    expect(file.headers.get('x-export-pages')).toBe('1');
    expect(file.headers.get('x-export-incomplete')).toBeNull();
    const workbook = await workbookOf(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['志愿服务队列表', '服务主题']);
    const themes = rowsOf(workbook.worksheets[1]);
    expect(themes[0]).toEqual(['服务主题']);
    expect(themes.length - 1 + rowsOf(workbook.worksheets[0]).length - 1).toBe(Number(file.headers.get('x-export-rows')));
  });

  it('ends the sheets with a note where the row cap cut them off', async () => {
    const capped = await platform.startGateway({ exportMaxRows: 150 });
    try {
      const file = await exportXlsx({ query: TEAMS_AND_VOLUNTEERS, variables: { unit: INSTITUTE_ID } }, capped.url);
      expect(file.trailers.get('x-export-rows')).toBe('150');
      expect(file.trailers.get('x-export-incomplete')).toBe('row-cap');
      const workbook = await workbookOf(file);
      const volunteers = rowsOf(workbook.worksheets[0]);
      expect(volunteers).toHaveLength(1 + 150 + 1);
      expect(volunteers.at(-1)![0]).toBe('已达导出上限 150 行，其余未导出');
      // The cap is for the whole file: the next list has only its header and the note.
      expect(rowsOf(workbook.worksheets[1]).map((row) => row[0])).toEqual(['名称', '已达导出上限 150 行，其余未导出']);
    } finally {
      await capped.stop();
    }
  });

  it('streams the first 5,000 volunteers of the Huidong roster, phones masked for an analyst', async () => {
    const capped = await platform.startGateway({ exportMaxRows: 5_000 });
    try {
      const query = `query HuidongRoster($after: String) {
        volunteers(first: 100, after: $after, filter: { subtreeOf: "1" }) {
          pageInfo { hasNextPage endCursor }
          edges { node { volunteerNumber name phone registeredAt homeUnit { name } } }
        }
      }`;
      const started = Date.now();
      const file = await exportXlsx({ query }, capped.url);
      console.log(
        `xlsx export of 5,000 volunteers (50 pages of 100) as ANALYST: ${((Date.now() - started) / 1000).toFixed(1)} s, ${file.bytes.length} bytes`,
      );
      expect(file.trailers.get('x-export-pages')).toBe('50');
      const rows = rowsOf((await workbookOf(file)).worksheets[0]).slice(1);
      expect(rows).toHaveLength(5_001);
      expect(rows.at(-1)![0]).toBe('已达导出上限 5000 行，其余未导出');
      expect(rows.slice(0, -1).every((row) => MASKED_PHONE.test(String(row[2])))).toBe(true);
    } finally {
      await capped.stop();
    }
  }, 120000);
});

describe('POST /export.xlsx: a cancelled download', () => {
  it('stops paging once the client has gone', async () => {
    const gateway = await platform.startGateway({ logLevel: 'info' });
    const logged = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const lines = () => logged.mock.calls.map((call) => String(call[0]));
    try {
      const query = TEAMS_AND_VOLUNTEERS.replace('first: 100', 'first: 10');
      await cancelExportOnFirstBytes(gateway.url, { role: 'ANALYST' }, 'xlsx', { query });
      for (let waited = 0; waited < 5000 && !lines().some((line) => line.includes('export abandoned')); waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(lines().filter((line) => line.includes('export abandoned'))).toHaveLength(1);
      const pagesBefore = lines().filter((line) => line.includes('TeamsAndVolunteers')).length;
      // The file starts streaming with its second page.
      expect(pagesBefore).toBeGreaterThanOrEqual(2);
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Nothing runs for it any more: 9,000 pages of 10 would take minutes.
      expect(lines().filter((line) => line.includes('TeamsAndVolunteers')).length).toBe(pagesBefore);
      expect(lines().some((line) => line.includes('export written'))).toBe(false);
    } finally {
      logged.mockRestore();
      await gateway.stop();
    }
  });
});

describe('POST /export.xlsx: errors come back as JSON, as from /graphql', () => {
  it('refuses an anonymous caller the volunteer register (401 UNAUTHENTICATED, no file)', async () => {
    const file = await downloadExport(platform.gateway.url, { role: 'ANONYMOUS' }, 'xlsx', { query: TEAMS_AND_VOLUNTEERS });
    expect(file.status).toBe(401);
    expect(file.headers.get('content-disposition')).toBeNull();
    expect(file.json?.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a body that is not a GraphQL request', async () => {
    const notJson = await downloadExport(platform.gateway.url, { role: 'ANALYST' }, 'xlsx', { query: '' }, { rawBody: '{"query": ' });
    expect(notJson.status).toBe(400);
    expect(notJson.json?.errors?.[0]).toMatchObject({ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } });
    const noQuery = await downloadExport(
      platform.gateway.url,
      { role: 'ANALYST' },
      'xlsx',
      { query: '' },
      { rawBody: '{"variables": {}}' },
    );
    expect(noQuery.status).toBe(400);
    expect(noQuery.json?.errors?.[0].message).toBe('body.query must be a GraphQL query document');
    const form = await downloadExport(
      platform.gateway.url,
      { role: 'ANALYST' },
      'xlsx',
      { query: '' },
      {
        rawBody: 'query={}',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
    );
    expect(form.status).toBe(415);
  });

  it('refuses a query /graphql refuses, with its code', async () => {
    const file = await exportXlsx({ query: '{ volunteers(first: 10) { edges { node { noSuchField } } } }' });
    expect(file.status).toBe(400);
    expect(file.json?.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('cuts the download off when a page fails after the file has started, rather than ending a short file', async () => {
    const limited = await platform.startGateway({ rateLimit: { requestsPerMinute: 3 } });
    try {
      const file = await exportXlsx({ query: TEAMS_AND_VOLUNTEERS.replace('first: 100', 'first: 10') }, limited.url);
      expect(file.status).toBe(200);
      expect(file.broken).toBe(true);
      await expect(workbookOf(file)).rejects.toThrow();
    } finally {
      await limited.stop();
    }
  });
});
