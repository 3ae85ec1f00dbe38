import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Resident ID numbers (PIPL): stored only encrypted, with a keyed hash that makes them unique
 * without the database ever holding the number in clear.
 */
export class ProtectResidentIds1764374510000 implements MigrationInterface {
  name = 'ProtectResidentIds1764374510000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE volunteers.volunteer ADD COLUMN id_number_cipher text, ADD COLUMN id_number_hash text`);
    await q.query(`CREATE UNIQUE INDEX volunteer_id_number_hash_key ON volunteers.volunteer (id_number_hash)`);
    await q.query(
      `ALTER TABLE volunteers.volunteer ADD CONSTRAINT volunteer_id_number_sealed CHECK ((id_number_cipher IS NULL) = (id_number_hash IS NULL))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE volunteers.volunteer DROP COLUMN id_number_cipher, DROP COLUMN id_number_hash`);
  }
}
