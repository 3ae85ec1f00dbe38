import { subtreeStatistics, UNIT_TREE, type Queryable } from '../src';

interface Key {
  unit: number;
  whole: boolean;
  year: number | null;
}

interface Row {
  ord: string;
  figure: number;
}

const answering = (rows: Row[]) => {
  const calls: { text: string; parameters?: unknown[] }[] = [];
  const db: Queryable = {
    query: async (text, parameters) => {
      calls.push({ text, parameters });
      return rows;
    },
  };
  return { db, calls };
};

const stats = subtreeStatistics<Key, Row>({
  unitId: (key) => key.unit,
  subtree: (key) => key.whole,
  perKey: { year: { type: 'int', of: (key) => key.year } },
  aggregate: 'SELECT c.ord, count(*) AS figure FROM covered c GROUP BY c.ord',
});

describe('subtree statistics', () => {
  it('passes one array per column, in key order: unit ids, whether each covers its subtree, then the per-key values', () => {
    const keys = [
      { unit: 5, whole: true, year: 2021 },
      { unit: 9, whole: false, year: null },
    ];
    expect(stats.parameters(keys)).toEqual([
      [5, 9],
      [true, false],
      [2021, null],
    ]);
    expect(stats.sql).toContain('unnest($1::int[], $2::boolean[], $3::int[]) WITH ORDINALITY AS q(unit_id, subtree, year, ord)');
    expect(stats.sql).not.toContain('$4');
  });

  it('runs one statement and hands each key its rows in key order, none for a key the statement had no row for', async () => {
    const { db, calls } = answering([
      { ord: '3', figure: 30 },
      { ord: '1', figure: 10 },
      { ord: '3', figure: 31 },
    ]);
    const keys = [1, 2, 3].map((unit) => ({ unit, whole: true, year: null }));
    expect(await stats.rowsOfEachKey(db, keys)).toEqual([
      [{ ord: '1', figure: 10 }],
      [],
      [
        { ord: '3', figure: 30 },
        { ord: '3', figure: 31 },
      ],
    ]);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual({ text: stats.sql, parameters: stats.parameters(keys) });
  });

  it('reads the asked units and the units they cover from the published view', () => {
    expect(stats.sql).toContain(`JOIN ${UNIT_TREE} t ON t.id = q.unit_id`);
    expect(stats.sql).toContain(`SELECT u.id AS unit_id FROM ${UNIT_TREE} u WHERE a.subtree AND`);
  });

  it('covers whole subtrees with a plain join, carrying the unit columns asked for, when every key asks for its subtree', () => {
    const always = subtreeStatistics<Key, Row>({
      unitId: (key) => key.unit,
      subtree: true,
      unitColumns: ['level'],
      aggregate: 'SELECT 1 AS ord',
    });
    expect(always.parameters([{ unit: 4, whole: false, year: null }])).toEqual([[4]]);
    expect(always.sql).toContain(`SELECT a.ord, u.id AS unit_id, u.level\n  FROM asked a JOIN ${UNIT_TREE} u ON`);
  });

  it('refuses a per-key column that would clash with its own', () => {
    expect(() =>
      subtreeStatistics<Key, Row>({
        unitId: (key) => key.unit,
        subtree: true,
        perKey: { path: { type: 'text', of: () => '' } },
        aggregate: '',
      }),
    ).toThrow(/path/);
  });
});
