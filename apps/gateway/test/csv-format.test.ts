import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { csvCell, csvLine, CSV_CELLS, UTF8_BOM } from '../src/export/csv-format';
import { exportTables } from '../src/export/export-tables';
import { findLists } from '../src/export/result-lists';
import { resultShapeOf } from '../src/export/result-shape';
import { rowCells } from '../src/export/row-cells';
import { parseCsv } from './support/csv';

describe('CSV cells and lines', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 does, and leaves plain text alone', () => {
    expect(csvCell('会东县')).toBe('会东县');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(false)).toBe('false');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
  });

  it('writes CRLF lines that read back to the same values', () => {
    const text = UTF8_BOM + csvLine(['name', 'note']) + csvLine(['李建国', 'a, "b"\nc']) + csvLine(['张建国', null]);
    expect(parseCsv(text.slice(1))).toEqual([
      ['name', 'note'],
      ['李建国', 'a, "b"\nc'],
      ['张建国', ''],
    ]);
  });
});

const schema = buildSchema(`
  type Query { trainingPrograms: [Program!]! themes: [String!]! }
  type Program { title: String organizer: Unit sessions: [Session!]! skills: [String!]! none: [String!]! }
  type Unit { name: String parent: Unit }
  type Session { title: String attendeeCount: Int }
`);

function csvRows(query: string, data: Record<string, unknown>): { columns: string[]; rows: unknown[][] } {
  const document = parse(query);
  const [table] = exportTables(data, resultShapeOf(schema, document, document.definitions[0] as OperationDefinitionNode));
  return { columns: table.columns.map((c) => c.key), rows: table.first.items.map((item) => rowCells(item, table.columns, CSV_CELLS)) };
}

describe('a result item as one CSV row', () => {
  it('names nested fields with dots, joins lists with "; ", and takes its columns from the query, not the data', () => {
    const { columns, rows } = csvRows(
      '{ trainingPrograms { title organizer { name parent { name } } sessions { title attendeeCount } skills none } }',
      {
        trainingPrograms: [
          {
            title: '培训',
            organizer: { name: '中心', parent: null },
            sessions: [
              { title: '开班', attendeeCount: 58 },
              { title: '讲座', attendeeCount: 60 },
            ],
            skills: ['急救', '宣讲'],
            none: [],
          },
          { title: '=1+1', organizer: null, sessions: [], skills: [], none: [] },
        ],
      },
    );
    expect(columns).toEqual([
      'title',
      'organizer.name',
      'organizer.parent.name',
      'sessions.title',
      'sessions.attendeeCount',
      'skills',
      'none',
    ]);
    expect(rows).toEqual([
      ['培训', '中心', null, '开班; 讲座', '58; 60', '急救; 宣讲', ''],
      ['=1+1', null, null, '', '', '', ''],
    ]);
  });

  it('makes a scalar item the single column "value"', () => {
    expect(csvRows('{ themes }', { themes: ['文明实践'] })).toEqual({ columns: ['value'], rows: [['文明实践']] });
  });
});

describe('finding the lists in a result', () => {
  it("takes a connection's edges as its nodes, with the path and pageInfo to page on", () => {
    const data = {
      campaign: {
        name: 'c',
        events: { totalCount: 2, pageInfo: { hasNextPage: true, endCursor: 'x' }, edges: [{ cursor: '1', node: { id: '1' } }] },
      },
    };
    expect(findLists(data)).toEqual([
      {
        path: ['campaign', 'events'],
        key: 'edges',
        connection: true,
        items: [{ id: '1' }],
        pageInfo: { hasNextPage: true, endCursor: 'x' },
      },
    ]);
  });

  it('takes every list not inside another, in field order, whatever its depth', () => {
    const data = {
      orgUnitByCode: { name: 'n', coverage: { villages: { uncovered: [{ code: '1', tags: ['a'] }] }, townships: { uncovered: [] } } },
      teamThemes: ['党员'],
    };
    expect(findLists(data).map((list) => [...list.path, list.key].join('.'))).toEqual([
      'orgUnitByCode.coverage.villages.uncovered',
      'orgUnitByCode.coverage.townships.uncovered',
      'teamThemes',
    ]);
    expect(findLists({ orgUnit: null })).toEqual([]);
  });
});
