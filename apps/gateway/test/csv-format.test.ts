import { csvColumns } from '../src/export/csv-columns';
import { csvCell, toCsv, UTF8_BOM } from '../src/export/csv-format';
import { findFirstList } from '../src/export/first-list';
import { flattenRow } from '../src/export/flatten-row';
import { parseCsv } from './support/csv';

describe('CSV cells and files', () => {
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

  it('writes a BOM, a header line and CRLF rows that read back to the same values', () => {
    const text = toCsv(
      ['name', 'note'],
      [
        { name: '李建国', note: 'a, "b"\nc' },
        { name: '张建国', note: null },
      ],
    );
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([
      ['name', 'note'],
      ['李建国', 'a, "b"\nc'],
      ['张建国', ''],
    ]);
  });
});

describe('flattening a result item into one row', () => {
  it('names nested fields with dots and joins lists with "; "', () => {
    const row = flattenRow({
      title: '培训',
      organizer: { name: '中心', parent: null },
      sessions: [
        { title: '开班', attendeeCount: 58 },
        { title: '讲座', attendeeCount: 60 },
      ],
      skills: ['急救', '宣讲'],
      none: [],
    });
    expect(row).toEqual({
      title: '培训',
      'organizer.name': '中心',
      'organizer.parent': null,
      'sessions.title': '开班; 讲座',
      'sessions.attendeeCount': '58; 60',
      skills: '急救; 宣讲',
      none: '',
    });
  });

  it('makes a scalar item the single column "value"', () => {
    expect(flattenRow('文明实践')).toEqual({ value: '文明实践' });
  });

  it('keeps the query order of columns and drops a null parent column beside its parts', () => {
    const rows = [flattenRow({ name: 'a', homeUnit: null }), flattenRow({ name: 'b', homeUnit: { name: 'x' } })];
    expect(csvColumns(rows)).toEqual(['name', 'homeUnit.name']);
  });
});

describe('finding the rows in a result', () => {
  it("takes a connection's edges as its nodes, with the path and pageInfo to page on", () => {
    const data = {
      campaign: {
        name: 'c',
        events: { totalCount: 2, pageInfo: { hasNextPage: true, endCursor: 'x' }, edges: [{ cursor: '1', node: { id: '1' } }] },
      },
    };
    expect(findFirstList(data)).toEqual({
      path: ['campaign', 'events'],
      key: 'edges',
      items: [{ id: '1' }],
      pageInfo: { hasNextPage: true, endCursor: 'x' },
    });
  });

  it('takes the first list in field order, whatever its depth', () => {
    const data = { orgUnitByCode: { name: 'n', coverage: { villages: { uncovered: [{ code: '1' }] }, townships: { uncovered: [] } } } };
    expect(findFirstList(data)?.items).toEqual([{ code: '1' }]);
    expect(findFirstList({ orgUnit: null })).toBeUndefined();
  });
});
