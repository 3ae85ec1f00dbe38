import { createHash } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { volunteersSubgraph } from '../src';

/**
 * What each released migration sends to the database, up and down (whitespace aside), as it was
 * released. A migration must keep doing exactly that, whatever later happens to code it shares
 * (the kit's frozen roll-up builder, say). A new migration adds its line when it is released.
 */
const RELEASED: Record<string, { up: string; down: string }> = {
  CreateAuditLog1764374000000: { up: '971349f18fa7b6d9', down: 'e3b0c44298fc1c14' },
  CreateVolunteersSchema1764374500000: { up: 'b496671bd75ee4f3', down: 'c94ce5e490b35970' },
  ProtectResidentIds1764374510000: { up: 'a5a9d2e443129e5d', down: '64e21b4dcdb46850' },
  VolunteerService1764374520000: { up: '046a298fab0c286a', down: 'f36ee46f848bfd68' },
  VolunteerStatsCoveringIndex1764374580000: { up: '4b2d5a461d84824f', down: '195b396accfd41aa' },
  UnitVolunteerRollup1764374590000: { up: '789481c516ac359c', down: '46ddeb0f90092832' },
  RecordServiceFunction1764374595000: { up: '3a7eb3b2bb192719', down: '6b41319702248643' },
  RecordServiceInScope1764374597000: { up: '0deef76ebcbd728f', down: '5c6bd59f6f2fa6a0' },
  DropUnusedRecordStatusIndex1764374598000: { up: 'eda9717c87f05f80', down: '6953be93e6360561' },
  OverlapRuleInOnePlace1764374599000: { up: '8a3bca5e4f6be234', down: '6c3981124d34e8cb' },
  SpecialPeriodMobilisation1764376010000: { up: 'eb136adf0593f8c7', down: '0013fad30a63646c' },
};

async function sentBy(migration: MigrationInterface, direction: 'up' | 'down'): Promise<string> {
  const sent: string[] = [];
  const recorder = { query: async (sql: string) => void sent.push(sql.replace(/\s+/g, ' ').trim()) } as unknown as QueryRunner;
  await migration[direction](recorder);
  return createHash('sha256').update(sent.join(';\n')).digest('hex').slice(0, 16);
}

describe('released migrations', () => {
  const migrations = volunteersSubgraph.migrations.map((Migration) => new (Migration as new () => MigrationInterface)());

  it.each(migrations.filter((m) => m.name! in RELEASED).map((m) => [m.name!, m] as const))(
    '%s sends what it sent when released',
    async (name, migration) => {
      expect({ up: await sentBy(migration, 'up'), down: await sentBy(migration, 'down') }).toEqual(RELEASED[name]);
    },
  );

  it('are all still listed, in order', () => {
    expect(migrations.map((m) => m.name).filter((name) => name! in RELEASED)).toEqual(Object.keys(RELEASED));
  });
});
