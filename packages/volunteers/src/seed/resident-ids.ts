import type { EntityManager } from 'typeorm';
import { personalDataCipher, residentIdCheckChar, residentIdFacts } from '@civic/subgraph-kit';

const HUIDONG_REGION = '513426';
const FIRST_BIRTHDAY = Date.UTC(1950, 0, 1);
const DAY_MS = 86_400_000;

/** A valid, synthetic Huidong resident ID number for the n-th demo volunteer (distinct for n < 100,000; all adults by 2021). */
export function demoResidentId(n: number): string {
  const birthday = new Date(FIRST_BIRTHDAY + (n % 19_000) * DAY_MS).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `${HUIDONG_REGION}${birthday}${String(100 + Math.floor(n / 19_000)).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
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
  const plain = ids.map(demoResidentId);
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
