import type { EntityManager } from 'typeorm';
import { personalDataCipher, residentIdCheckChar, residentIdFacts } from '@civic/subgraph-kit';
import { HUIDONG_VOLUNTEERS } from './huidong.data';
import { TONGCHUAN_VOLUNTEERS } from './tongchuan.data';

const HUIDONG_REGION = '513426';
const FIRST_BIRTHDAY = Date.UTC(1950, 0, 1);
const DAY_MS = 86_400_000;

/** A valid, synthetic Huidong resident ID number for the n-th demo volunteer (distinct for n < 100,000; all adults by 2021). */
export function demoResidentId(n: number): string {
  const birthday = new Date(FIRST_BIRTHDAY + (n % 19_000) * DAY_MS).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `${HUIDONG_REGION}${birthday}${String(100 + Math.floor(n / 19_000)).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

const CHILDREN_BORN_FROM = Date.UTC(2009, 0, 1);
const ADULTS_BORN_FROM = Date.UTC(1970, 0, 1);

/**
 * A valid, synthetic Tongchuan (王益区) resident ID number for the n-th Tongchuan demo volunteer:
 * the child docents born 2009–2013, the adults after them born 1970–1994.
 */
export function tongchuanResidentId(n: number): string {
  const children = TONGCHUAN_VOLUNTEERS.groups.reduce((sum, g) => sum + g.members, 0);
  const born = n <= children ? CHILDREN_BORN_FROM + n * 21 * DAY_MS : ADULTS_BORN_FROM + (n - children) * 449 * DAY_MS;
  const birthday = new Date(born).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `${TONGCHUAN_VOLUNTEERS.region}${birthday}${String(200 + n).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** The demo resident ID number of the volunteer with this id: Huidong's first, then Tongchuan's. */
function demoResidentIdOf(id: number): string {
  return id <= HUIDONG_VOLUNTEERS.volunteerCount ? demoResidentId(id) : tongchuanResidentId(id - HUIDONG_VOLUNTEERS.volunteerCount);
}

/**
 * Gives every demo volunteer an encrypted resident ID number and its keyed hash, the birth date and
 * gender it carries, and a volunteer number, in one statement.
 */
export async function sealDemoResidentIds(manager: EntityManager): Promise<void> {
  const rows: { id: number; year: number }[] = await manager.query(
    `SELECT id, extract(year FROM registered_at)::int AS year FROM volunteers.volunteer WHERE id_number_hash IS NULL ORDER BY id`,
  );
  const cipher = personalDataCipher();
  const ids = rows.map((r) => r.id);
  const plain = ids.map(demoResidentIdOf);
  const facts = plain.map(residentIdFacts);
  await manager.query(
    `UPDATE volunteers.volunteer v
     SET id_number_cipher = s.cipher, id_number_hash = s.hash, birth_date = s.birth, gender = s.gender, volunteer_number = s.number
     FROM unnest($1::int[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[]) AS s(id, cipher, hash, birth, gender, number)
     WHERE v.id = s.id`,
    [
      ids,
      plain.map((p) => cipher.encrypt(p)),
      plain.map((p) => cipher.hash(p)),
      facts.map((f) => f.birthDate),
      facts.map((f) => f.gender),
      rows.map((r) => `ZYZ-${r.year}-${String(r.id).padStart(8, '0')}`),
    ],
  );
  await manager.query(`SELECT setval('volunteers.volunteer_number_seq', (SELECT max(id) FROM volunteers.volunteer))`);
}
