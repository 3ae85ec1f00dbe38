/** Queries that break one limit each (against the defaults unless a limit is given). */
export const nestedParents = (depth: number) => `{ orgUnit(id: "1") { ${'parent { '.repeat(depth - 2)}name${' }'.repeat(depth - 2)} } }`;

export const aliasedNames = (count: number) =>
  `{ orgUnit(id: "1") { ${Array.from({ length: count }, (_, i) => `a${i}: name`).join(' ')} } }`;

export const aliasedRootFields = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `r${i}: __typename`).join(' ')} }`;

export const repeatedFields = (tokens: number) => `{ ${'__typename '.repeat(tokens)}}`;

export const costly = `{ orgUnits(first: 100) { edges { node { children { children { children { name } } } } } } }`;

export const DIRECTORY = `{ orgUnits(first: 2) { totalCount } }`;

/** How many org units the seeded directory holds, asked through the gateway (plain, no APQ or batch). */
export async function directoryTotal(url: string): Promise<number> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: DIRECTORY }),
  });
  const body = (await res.json()) as { data: { orgUnits: { totalCount: number } } };
  return body.data.orgUnits.totalCount;
}
