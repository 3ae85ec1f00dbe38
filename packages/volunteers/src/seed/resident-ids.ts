import type { EntityManager } from 'typeorm';
import { personalDataCipher, residentIdCheckChar } from '@civic/kernel';

const HUIDONG_REGION = '513426';
const FIRST_BIRTHDAY = Date.UTC(1955, 0, 1);
const DAY_MS = 86_400_000;

/** A valid, synthetic Huidong resident ID number for the n-th demo volunteer (distinct for n < 100,000). */
export function demoResidentId(n: number): string {
  const birthday = new Date(FIRST_BIRTHDAY + (n % 20_000) * DAY_MS).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `${HUIDONG_REGION}${birthday}${String(100 + Math.floor(n / 20_000)).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** Gives every demo volunteer an encrypted resident ID number and its keyed hash, in one statement. */
export async function sealDemoResidentIds(manager: EntityManager): Promise<void> {
  const rows: { id: number }[] = await manager.query(`SELECT id FROM volunteers.volunteer WHERE id_number_hash IS NULL ORDER BY id`);
  const cipher = personalDataCipher();
  const ids = rows.map((r) => r.id);
  const plain = ids.map(demoResidentId);
  await manager.query(
    `UPDATE volunteers.volunteer v SET id_number_cipher = s.cipher, id_number_hash = s.hash
     FROM unnest($1::int[], $2::text[], $3::text[]) AS s(id, cipher, hash) WHERE v.id = s.id`,
    [ids, plain.map((p) => cipher.encrypt(p)), plain.map((p) => cipher.hash(p))],
  );
}
