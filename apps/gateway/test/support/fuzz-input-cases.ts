import { jsonCase, type FuzzCase } from './fuzz-request';
import type { Random } from './prng';

/**
 * Valid documents with input the gateway must refuse (or take) with a coded answer: null for a
 * defaulted variable, several operations in one document, custom scalars that do not parse,
 * fields aliased as __typename. Some need one subgraph (the single-fetch shortcut), some several
 * (Apollo's executor).
 */

/** Where a variable of each type can be used, one subgraph or several. */
const USES: { type: string; use: (v: string) => string }[] = [
  { type: 'Int', use: (v) => `orgUnits(first: ${v}) { totalCount }` },
  { type: 'String!', use: (v) => `orgUnitByCode(code: ${v}) { name }` },
  { type: 'Boolean!', use: (v) => `teamThemes @include(if: ${v})` },
  { type: 'ID!', use: (v) => `volunteer(id: ${v}) { name homeUnit { name } }` },
  { type: 'Date', use: (v) => `campaigns(first: 1, filter: { activeOn: ${v} }) { totalCount }` },
  { type: 'Date', use: (v) => `orgUnitByCode(code: "513426-ZX") { name customsReformCoverage(asOf: ${v}) { stationCount } }` },
  { type: 'DateTime', use: (v) => `orgUnitByCode(code: "513426-ZX") { topVolunteers(from: ${v}) { hours } }` },
];

const DEFAULTED = [
  { variable: 'b', query: 'query($b: Boolean = false) { teamThemes @include(if: $b) }' },
  { variable: 'b', query: 'query($b: Boolean = true) { volunteer(id: "1") { name homeUnit @skip(if: $b) { name } } }' },
  { variable: 'b', query: 'query($b: Boolean = true) { orgUnitByCode(code: "513426-ZX") @include(if: $b) { name @skip(if: $b) id } }' },
  { variable: 'code', query: 'query($code: String = "513426-ZX") { orgUnitByCode(code: $code) { name } }' },
  { variable: 'id', query: 'query($id: ID = "1", $b: Boolean = false) { volunteer(id: $id) { name teams @include(if: $b) { name } } }' },
  { variable: 'first', query: 'query($first: Int = 2) { orgUnits(first: $first) { totalCount } }' },
];

const DATES = [
  '2025-02-30',
  '2025-04-31',
  '2023-02-29',
  '2024-02-29',
  '2025-13-01',
  '2025-00-10',
  '2025-1-1',
  '20250101',
  '',
  'today',
  '2025-02-28T00:00:00Z',
  '0000-01-01',
];
const DATE_TIMES = [
  '2025-02-30T08:00:00+08:00',
  '2025-04-31T00:00:00Z',
  '2025-02-28T08:00:00+08:00',
  '2025-02-28T08:00:00',
  '2025-02-28 08:00:00Z',
  '2025-02-28T25:00:00Z',
  '2025-02-28',
  'x',
];
const OTHER_VALUES: unknown[] = [null, 0, 20250101, true, [], ['2025-01-01'], {}, { date: '2025-01-01' }];

const TYPENAME_ALIASES = [
  `{ orgUnitByCode(code: "513426-ZX") { __typename: name } }`,
  `{ orgUnit(id: "1") { __typename: name parent { __typename: level } } }`,
  `query($id: ID!) { orgUnit(id: $id) { __typename: name parent { __typename: level } } }`,
  `{ orgUnits(first: 2) { __typename: totalCount edges { node { __typename: id } } } }`,
  `{ orgUnitByCode(code: "513426-ZX") { __typename: children { __typename: name } } }`,
  `{ volunteer(id: "1") { __typename: name homeUnit { __typename: name t: __typename } } }`,
  `{ orgUnitByCode(code: "513426-ZX") { ...U } } fragment U on OrgUnit { __typename: code region { __typename: name } }`,
];

function scalarValue(r: Random, type: string): unknown {
  const roll = r.next();
  if (roll < 0.15) return r.pick(OTHER_VALUES);
  return r.pick(type === 'DateTime' || roll < 0.3 ? DATE_TIMES : DATES);
}

/** A document of two or three operations declaring $v0 each with its own type, some through fragments only they use. */
function severalOperations(r: Random): FuzzCase {
  const count = r.int(2, 3);
  const operations: string[] = [];
  const fragments: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const { type, use } = r.pick(USES);
    const defaulted = !type.endsWith('!') && r.next() < 0.3 ? ` = ${type === 'Int' ? '2' : '"2025-01-01"'}` : '';
    if (r.next() < 0.6) {
      fragments.push(`fragment F${i} on Query { ${use('$v0')} }`);
      operations.push(`query Op${i}($v0: ${type}${defaulted}) { ...F${i} }`);
    } else {
      operations.push(`query Op${i}($v0: ${type}${defaulted}) { ${use('$v0')} }`);
    }
  }
  const operationName = r.pick([...operations.map((_, i) => `Op${i}`), undefined, 'Nope']);
  const v0 = r.pick<unknown>([undefined, null, 2, '513426-ZX', '1', true, ...DATES.slice(0, 4), DATE_TIMES[0]]);
  return jsonCase(
    r,
    { query: shuffled(r, [...operations, ...fragments]).join('\n'), operationName, variables: { v0 } },
    'several operations',
  );
}

function shuffled<T>(r: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = r.int(0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function customScalar(r: Random): FuzzCase {
  const { type, use } = r.pick(USES.filter((u) => u.type.startsWith('Date')));
  const value = scalarValue(r, type);
  const alsoOtherSubgraph = r.next() < 0.3 ? ' volunteer(id: "1") { homeUnit { name } }' : '';
  const form = r.int(0, 2);
  if (form === 0)
    return jsonCase(
      r,
      { query: `query($d: ${type}) { ${use('$d')}${alsoOtherSubgraph} }`, variables: { d: value } },
      'custom scalar variable',
    );
  const literal = typeof value === 'string' ? JSON.stringify(value) : r.pick(['20250101', 'true', 'null', '[]', '{ a: 1 }', 'ENUM']);
  if (form === 1) return jsonCase(r, { query: `{ ${use(literal)}${alsoOtherSubgraph} }` }, 'custom scalar literal');
  return jsonCase(r, { query: `query($d: ${type} = ${literal}) { ${use('$d')}${alsoOtherSubgraph} }` }, 'custom scalar default');
}

export const INPUT_GENERATORS: ((r: Random) => FuzzCase)[] = [
  (r) => {
    const { variable, query } = r.pick(DEFAULTED);
    return jsonCase(
      r,
      { query, variables: r.next() < 0.8 ? { [variable]: null } : { [variable]: r.pick([undefined, true, 'x', 0]) } },
      'null for a defaulted variable',
    );
  },
  severalOperations,
  severalOperations,
  customScalar,
  customScalar,
  (r) => jsonCase(r, { query: r.pick(TYPENAME_ALIASES), variables: { id: r.pick(['1', '2', 'x']) } }, 'aliased __typename'),
];
