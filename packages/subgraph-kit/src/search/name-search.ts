import { badUserInput } from '@civic/runtime';

const HAN = /\p{Script=Han}/u;
export const MAX_SEARCH_LENGTH = 50;

/** Binds a value as a statement parameter and returns its placeholder ($1, :name …). */
export type Bind = (value: unknown) => string;

/**
 * The condition that a row's name matches what a user typed, over a table made searchable with
 * `addNameSearch`: Chinese (会东) matches the name itself; Latin letters match the name's pinyin,
 * whole (huidong) or by initials (hdx). Both go through the trigram index on `search_key`.
 * `alias` is the table's alias in the statement, `schema` the subgraph's schema.
 */
export function nameSearchCondition(schema: string, alias: string, nameColumn: string, typed: string, bind: Bind): string {
  const term = typed.trim();
  if (term.length > MAX_SEARCH_LENGTH) {
    throw badUserInput(`search is at most ${MAX_SEARCH_LENGTH} characters`, { argument: 'search' });
  }
  if (HAN.test(term)) {
    // The pinyin narrows the rows through the index; the name itself decides (homophones: 会东, 惠东).
    return `(${alias}.search_key LIKE '%' || "${schema}".pinyin_spelling(${bind(term)}) || '%' AND ${alias}.${nameColumn} LIKE ${bind(`%${escapeLike(term)}%`)})`;
  }
  const letters = term.toLowerCase().replace(/[^a-z0-9]/g, '');
  return `${alias}.search_key LIKE ${bind(`%${letters}%`)}`;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
