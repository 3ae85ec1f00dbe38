import { INPUT_GENERATORS } from './fuzz-input-cases';
import { ACCEPTS, jsonCase as json, type FuzzCase } from './fuzz-request';
import type { Random } from './prng';

export type { FuzzCase } from './fuzz-request';

const VALID = [
  `{ orgUnits(first: 2) { totalCount edges { node { name level } } } }`,
  `query Q($id: ID!) { orgUnit(id: $id) { name parent { name } children { name } } }`,
  `{ volunteers(first: 3) { totalCount } }`,
  `{ campaigns(first: 2) { edges { node { name } } } }`,
  `query($code: String!) { orgUnitByCode(code: $code) { name campaignStats { eventCount } } }`,
  `mutation { __typename }`,
];
const FIELDS = [
  'orgUnits',
  'orgUnit',
  'volunteers',
  'campaigns',
  'name',
  'edges',
  'node',
  'parent',
  'children',
  '__typename',
  '__schema',
  'totalCount',
  'x',
];
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/graphql',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/graphql-response+json',
  '',
  'garbage/?;;',
];
const JUNK_VALUES: unknown[] = [null, 0, -1, 1e308, true, 'x', [], {}, [1, 'a'], { a: { b: [null] } }, '{}', 'null'];

function randomDocument(r: Random, budget: number): string {
  const selection = (depth: number): string => {
    const fields = Array.from({ length: r.int(1, 3) }, () => {
      const alias = r.next() < 0.2 ? `${r.next() < 0.3 ? '__typename' : `a${r.int(0, 99)}`}: ` : '';
      const args = r.next() < 0.3 ? `(first: ${r.pick(['1', '100', '-5', '"x"', 'null', '$v', '1e9', '[1]', '{a: 1}'])})` : '';
      const sub = depth > 0 && r.next() < 0.7 ? ` { ${selection(depth - 1)} }` : '';
      return `${alias}${r.pick(FIELDS)}${args}${sub}`;
    });
    return fields.join(' ');
  };
  return `${r.pick(['', 'query ', 'query Q ', 'mutation ', 'subscription ', 'query ($v: Int) '])}{ ${selection(budget)} }`;
}

function mutate(r: Random, text: string): string {
  const chars = [...text];
  for (let i = r.int(1, 6); i > 0; i -= 1) {
    const at = r.int(0, chars.length);
    const op = r.int(0, 2);
    if (op === 0) chars.splice(at, 1);
    else if (op === 1)
      chars.splice(at, 0, r.pick(['{', '}', '(', ')', '"', '$', '...', '@', ':', '#', '\\u0000', '\u{1F3C3}', '\n', '!', '[', ']']));
    else chars[at] = String.fromCharCode(r.int(0, 0xd7ff));
  }
  return chars.join('');
}

const GENERATORS: ((r: Random) => FuzzCase)[] = [
  (r) => ({ kind: 'random bytes', method: 'POST', headers: { 'content-type': r.pick(CONTENT_TYPES) }, body: r.bytes(r.int(0, 4096)) }),
  (r) => json(r, r.pick(JUNK_VALUES), 'JSON of the wrong shape'),
  (r) =>
    json(
      r,
      { query: r.pick(JUNK_VALUES), variables: r.pick(JUNK_VALUES), extensions: r.pick(JUNK_VALUES), operationName: r.pick(JUNK_VALUES) },
      'fields of the wrong types',
    ),
  (r) => json(r, { query: mutate(r, r.pick(VALID)), variables: { id: '1', code: '513426' } }, 'mutated document'),
  (r) => json(r, { query: randomDocument(r, r.int(0, 6)), variables: { v: r.pick(JUNK_VALUES) } }, 'random document'),
  (r) => {
    const depth = r.int(10, 2500);
    return json(
      r,
      { query: `{ ${'orgUnit(id: "1") { parent { '.repeat(1)}${'parent { '.repeat(depth)}name${' }'.repeat(depth + 2)} }` },
      'deeply nested document',
    );
  },
  (r) => json(r, { query: `{${'{'.repeat(r.int(1, 20000))}` }, 'deep brackets'),
  (r) => {
    const depth = r.int(1, 200000);
    return {
      kind: 'deep JSON',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `${'['.repeat(depth)}${']'.repeat(depth)}`,
    };
  },
  (r) => {
    const count = r.int(10, 3000);
    return json(
      r,
      { query: `{ ${Array.from({ length: count }, (_, i) => `a${i}: orgUnits(first: 100) { totalCount }`).join(' ')} }` },
      'alias bomb',
    );
  },
  (r) => {
    const n = r.int(2, 400);
    const cyclic = r.next() < 0.5;
    const fragments = Array.from(
      { length: n },
      (_, i) =>
        `fragment F${i} on OrgUnit { name ${i < n - 1 ? `parent { ...F${i + 1} } children { ...F${i + 1} }` : cyclic ? '...F0' : ''} }`,
    );
    return json(r, { query: `{ orgUnit(id: "1") { ...F0 } } ${fragments.join(' ')}` }, cyclic ? 'fragment cycle' : 'many fragments');
  },
  (r) =>
    json(r, { query: VALID[1], variables: { id: r.pick([...JUNK_VALUES, 'x'.repeat(r.int(1, 100000))]) } }, 'variables of wrong types'),
  (r) => json(r, { query: `{ orgUnitByCode(code: "${'界'.repeat(r.int(1, 200000))}") { name } }` }, 'huge string'),
  (r) => ({
    kind: 'oversized body',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: Buffer.alloc(1024 * 1024 + r.int(1, 300000), 0x20),
  }),
  (r) =>
    json(
      r,
      Array.from({ length: r.int(0, 15) }, () => (r.next() < 0.5 ? { query: r.pick(VALID) } : r.pick(JUNK_VALUES))),
      'batch',
    ),
  (r) => ({
    kind: 'random GET',
    method: 'GET',
    search: `?${r.next() < 0.1 ? 'query=%E0%A4%A&' : ''}query=${encodeURIComponent(r.next() < 0.5 ? mutate(r, r.pick(VALID)) : randomDocument(r, 3))}&variables=${encodeURIComponent(r.pick(['{', '{}', '[]', 'null', '{"id":1}']))}&extensions=${encodeURIComponent(r.pick(['', '{"persistedQuery":{"version":1,"sha256Hash":"abc"}}', '{"persistedQuery":{"version":2}}', '[']))}`,
    headers: { accept: r.pick(ACCEPTS), ...(r.next() < 0.7 ? { 'apollo-require-preflight': 'true' } : {}) },
  }),
  (r) => ({
    kind: 'other method',
    method: r.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS']),
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: r.pick(VALID) }),
  }),
  (r) =>
    json(
      r,
      {
        query: `{ __typename }`,
        extensions: { persistedQuery: { version: r.pick([1, 2, '1', null]), sha256Hash: r.pick(['', 'zz', 'a'.repeat(64), 42]) } },
      },
      'bad persisted query',
    ),
  ...INPUT_GENERATORS,
  (r) => ({
    kind: 'bad token',
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: r.pick([
        'Bearer',
        'Bearer ' + r.bytes(40).toString('base64'),
        'Basic x',
        'Bearer a.b.c',
        'Bearer ' + 'x'.repeat(8000),
      ]),
    },
    body: JSON.stringify({ query: VALID[0] }),
  }),
];

export function fuzzCase(r: Random): FuzzCase {
  return r.pick(GENERATORS)(r);
}
