import type { Client } from 'pg';
import type { PersonalDataCipher } from '@civic/subgraph-kit';
import { dayText, LAST_DAY, timestampText, yearOf } from './calendar';
import { COPY_NULL as N, copyField, CopyWriter } from './copy-writer';
import { personName, SERVICE_DESCRIPTIONS, SKILLS } from './names';
import type { OrgPlan } from './plan-org';
import { pad } from './plan-org';
import type { PeoplePlan } from './plan-people';
import type { TeamPlan } from './plan-teams';
import type { Progress } from './progress';
import { mix, pick, randomStream } from './random';
import { ResidentNumbers } from './resident-numbers';
import { phone } from './write-org';
import { writeMobilisations } from './write-mobilisations';
import { writeVolunteerServices } from './write-volunteer-services';

const HOURS = [1, 1.5, 2, 2, 2, 2.5, 3, 3, 3, 4, 4, 5, 6, 8];
const POLITICAL = [
  'MASSES',
  'MASSES',
  'MASSES',
  'MASSES',
  'CPC_MEMBER',
  'CPC_MEMBER',
  'CYL_MEMBER',
  'CPC_PROBATIONARY',
  'DEMOCRATIC_PARTY',
];

export interface VolunteersInput {
  client: Client;
  org: OrgPlan;
  people: PeoplePlan;
  teams: TeamPlan;
  seed: number;
  cipher: PersonalDataCipher;
  progress: Progress;
}

/** The team a volunteer belongs to (about 55% of those living at a station or institute), or 0. */
export function teamOfVolunteer(input: VolunteersInput, index: number): number {
  const team = input.teams.teamOfUnit[input.people.homeUnit[index]];
  return team !== 0 && mix(input.seed, index, 77) % 100 < 55 ? team : 0;
}

/** Every table of the volunteers schema; service records first, so each volunteer's total is exact; mobilisations last, over the rest. */
export async function writeVolunteers(input: VolunteersInput): Promise<void> {
  const { totals, approved } = await writeServiceRecords(input);
  await writePeople(input, totals);
  const leaders = await writeMemberships(input);
  await writeTeams(input, leaders);
  await writeVolunteerServices(input, totals, approved);
  await writeMobilisations(input);
}

async function writeServiceRecords(input: VolunteersInput): Promise<{ totals: Float64Array; approved: Uint16Array }> {
  const { client, people, seed, progress } = input;
  const random = randomStream(seed, 'service-records');
  const totals = new Float64Array(people.count);
  const approved = new Uint16Array(people.count);
  await progress.table('volunteers.service_record', async (tick) => {
    const writer = new CopyWriter(client, 'volunteers.service_record', [
      'id',
      'volunteer_id',
      'team_id',
      'started_at',
      'ended_at',
      'hours',
      'description',
      'status',
      'created_at',
      'campaign_event_id',
      'recorded_by',
      'reviewed_by',
      'reviewed_at',
    ]);
    let id = 0;
    for (let i = 0; i < people.count; i++) {
      const count = people.recordCount[i];
      if (count === 0) continue;
      const registered = people.registeredDay[i];
      const step = (LAST_DAY - registered) / count;
      const team = teamOfVolunteer(input, i);
      const teamText = team === 0 ? N : String(team);
      const county = people.county[i];
      const firstEvent = people.eventStart[county];
      const events = people.eventStart[county + 1] - firstEvent;
      for (let j = 0; j < count; j++) {
        const day = Math.min(LAST_DAY, registered + 1 + Math.floor(j * step));
        const hours = HOURS[Math.floor(random() * HOURS.length)];
        const start = (8 + Math.floor(random() * 10)) * 60 + (random() < 0.5 ? 0 : 30);
        const r = random();
        const status = r < 0.94 ? 'APPROVED' : r < 0.99 ? 'PENDING' : 'REJECTED';
        if (status === 'APPROVED') {
          totals[i] += hours;
          approved[i] += 1;
        }
        const event = events > 0 && random() < 0.08 ? String(firstEvent + Math.floor(random() * events)) : N;
        const reviewed = status === 'PENDING' ? `${N}\t${N}` : `scale-seed\t${timestampText(day, start + 24 * 60)}`;
        id += 1;
        writer.writeLine(
          `${id}\t${i + 1}\t${teamText}\t${timestampText(day, start)}\t${timestampText(day, start + hours * 60)}\t${hours}\t${SERVICE_DESCRIPTIONS[Math.floor(random() * SERVICE_DESCRIPTIONS.length)]}\t${status}\t${timestampText(day, start + hours * 60)}\t${event}\tscale-seed\t${reviewed}\n`,
        );
        if (writer.shouldFlush()) {
          await writer.flush();
          tick(id);
        }
      }
    }
    return writer.end();
  });
  return { totals, approved };
}

async function writePeople(input: VolunteersInput, totals: Float64Array): Promise<void> {
  const { client, org, people, seed, cipher, progress } = input;
  const random = randomStream(seed, 'volunteers');
  const numbers = new ResidentNumbers(org.counties.length);
  await progress.table('volunteers.volunteer', async (tick) => {
    const writer = new CopyWriter(client, 'volunteers.volunteer', [
      'id',
      'name',
      'phone',
      'home_unit_id',
      'registered_at',
      'total_service_hours',
      'id_number_cipher',
      'id_number_hash',
      'volunteer_number',
      'birth_date',
      'gender',
      'political_status',
      'skills',
      'kinds',
      'consent_at',
      'guardian_consent',
    ]);
    for (let i = 0; i < people.count; i++) {
      const county = org.counties[people.county[i]];
      const resident = numbers.next(county.index, county.code, random, random() < 0.48);
      const registered = timestampText(people.registeredDay[i], 8 * 60 + Math.floor(random() * 600));
      const k = random();
      const kinds =
        k < 0.12
          ? '{PARTY_MEMBER_REPORTING}'
          : k < 0.14
            ? '{FIVE_ELDERS}'
            : k < 0.16
              ? '{GRID_WORKER}'
              : k < 0.17
                ? '{VILLAGE_CADRE}'
                : k < 0.22
                  ? '{STUDENT}'
                  : '{}';
      const skills = random() < 0.1 ? `{${pick(random, SKILLS)}}` : '{}';
      const id = i + 1;
      writer.writeLine(
        `${id}\t${copyField(personName(random))}\t${random() < 0.9 ? phone(random) : N}\t${people.homeUnit[i]}\t${registered}\t${totals[i].toFixed(2)}\t${cipher.encrypt(resident.id)}\t${cipher.hash(resident.id)}\tZYZ-${yearOf(people.registeredDay[i])}-${pad(id, 8)}\t${resident.birthDate}\t${resident.gender}\t${pick(random, POLITICAL)}\t${skills}\t${kinds}\t${registered}\tf\n`,
      );
      if (writer.shouldFlush()) {
        await writer.flush();
        tick(id);
      }
    }
    return writer.end();
  });
}

/** Memberships of the volunteers who belong to a team; returns the first member of each team, its leader. */
async function writeMemberships(input: VolunteersInput): Promise<Int32Array> {
  const { client, people, teams, progress } = input;
  const leaders = new Int32Array(teams.teams.length + 1);
  await progress.table('volunteers.team_membership', async () => {
    const writer = new CopyWriter(client, 'volunteers.team_membership', ['team_id', 'volunteer_id', 'joined_on']);
    for (let i = 0; i < people.count; i++) {
      const team = teamOfVolunteer(input, i);
      if (team === 0) continue;
      if (leaders[team] === 0) leaders[team] = i + 1;
      writer.writeLine(`${team}\t${i + 1}\t${dayText(people.registeredDay[i])}\n`);
      if (writer.shouldFlush()) await writer.flush();
    }
    return writer.end();
  });
  return leaders;
}

async function writeTeams(input: VolunteersInput, leaders: Int32Array): Promise<void> {
  const { client, teams, progress } = input;
  await progress.table('volunteers.brand_project', async () => {
    const writer = new CopyWriter(client, 'volunteers.brand_project', ['id', 'name', 'description', 'org_unit_id']);
    for (const b of teams.brands) await writer.write([b.id, b.name, '县级志愿服务品牌项目（示例）', b.orgUnitId]);
    return writer.end();
  });
  await progress.table('volunteers.volunteer_team', async () => {
    const writer = new CopyWriter(client, 'volunteers.volunteer_team', [
      'id',
      'name',
      'level',
      'theme',
      'org_unit_id',
      'leader_volunteer_id',
      'brand_project_id',
      'created_at',
    ]);
    for (const t of teams.teams)
      await writer.write([t.id, t.name, t.level, t.theme, t.orgUnitId, leaders[t.id] || null, t.brandProjectId, '2020-07-08 09:00:00+08']);
    return writer.end();
  });
}
