import { dayText, LAST_DAY, timestampText } from './calendar';
import { COPY_NULL as N, CopyWriter } from './copy-writer';
import { pad } from './plan-org';
import { volunteerOfCounty } from './plan-people';
import { pick, randomInt, randomStream } from './random';
import type { VolunteersInput } from './write-volunteers';

/** Activities with their sign-ups, certificates and service requests: what volunteers did, after the roster. */
export async function writeVolunteerServices(input: VolunteersInput, totals: Float64Array, approved: Uint16Array): Promise<void> {
  await writeActivities(input);
  await writeCertificates(input, totals, approved);
  await writeServiceRequests(input);
}

async function writeActivities(input: VolunteersInput): Promise<void> {
  const { client, org, people, teams, seed, progress } = input;
  const random = randomStream(seed, 'activities');
  const activities: (string | number | null)[][] = [];
  const signups: string[] = [];
  for (const u of org.units) {
    if (u.level !== 'STATION' || random() >= 0.5) continue;
    const id = activities.length + 1;
    const day = LAST_DAY - randomInt(random, 1, 500);
    const start = randomInt(random, 8, 16) * 60;
    activities.push([
      id,
      `${u.name.replace('新时代文明实践站', '')}志愿服务活动`,
      u.id,
      teams.teamOfUnit[u.id] || null,
      timestampText(day, start),
      timestampText(day, start + 180),
      randomInt(random, 20, 60),
      String(randomInt(random, 100000, 999999)),
    ]);
    const seen = new Set<number>();
    for (let k = randomInt(random, 3, 15); k > 0; k--) {
      const volunteer = volunteerOfCounty(people, u.county, random);
      if (volunteer === 0 || seen.has(volunteer)) continue;
      seen.add(volunteer);
      const attended = random() < 0.8;
      signups.push(
        `${id}\t${volunteer}\t${timestampText(day - 3, start)}\t${N}\t${attended ? timestampText(day, start) : N}\t${attended ? timestampText(day, start + 170) : N}\n`,
      );
    }
  }
  await progress.table('volunteers.activity', async () => {
    const writer = new CopyWriter(client, 'volunteers.activity', [
      'id',
      'title',
      'org_unit_id',
      'team_id',
      'starts_at',
      'ends_at',
      'capacity',
      'check_in_code',
    ]);
    for (const row of activities) await writer.write(row);
    return writer.end();
  });
  await progress.table('volunteers.activity_signup', async () => {
    const writer = new CopyWriter(client, 'volunteers.activity_signup', [
      'activity_id',
      'volunteer_id',
      'signed_up_at',
      'cancelled_at',
      'checked_in_at',
      'checked_out_at',
    ]);
    for (const line of signups) writer.writeLine(line);
    return writer.end();
  });
}

async function writeCertificates(input: VolunteersInput, totals: Float64Array, approved: Uint16Array): Promise<void> {
  const { client, org, people, seed, progress } = input;
  const random = randomStream(seed, 'certificates');
  await progress.table('volunteers.service_certificate', async () => {
    const writer = new CopyWriter(client, 'volunteers.service_certificate', [
      'certificate_number',
      'volunteer_id',
      'hours',
      'record_count',
      'content_summary',
      'issuing_unit_id',
      'issued_on',
      'issued_by',
    ]);
    let seq = 0;
    for (let i = 0; i < people.count; i++) {
      if (totals[i] < 50 || random() >= 0.1) continue;
      seq += 1;
      writer.writeLine(
        `ZM-2026-${pad(seq, 8)}\t${i + 1}\t${totals[i].toFixed(2)}\t${approved[i]}\t志愿服务\t${org.counties[people.county[i]].centerId}\t${dayText(LAST_DAY)}\tscale-seed\n`,
      );
    }
    const rows = await writer.end();
    await client.query(`SELECT setval('volunteers.certificate_number_seq', $1::bigint)`, [Math.max(rows, 1)]);
    return rows;
  });
}

const STEPS: Record<string, string[]> = {
  ORDERED: ['order'],
  DISPATCHED: ['order', 'dispatch'],
  ACCEPTED: ['order', 'dispatch', 'accept'],
  COMPLETED: ['order', 'dispatch', 'accept', 'complete'],
  RATED: ['order', 'dispatch', 'accept', 'complete', 'rate'],
  CANCELLED: ['order', 'cancel'],
};
const AFTER: Record<string, string> = {
  order: 'ORDERED',
  dispatch: 'DISPATCHED',
  accept: 'ACCEPTED',
  complete: 'COMPLETED',
  rate: 'RATED',
  cancel: 'CANCELLED',
};
const REQUESTS = ['帮忙修缮房屋', '老人陪护', '留守儿童课业辅导', '农技指导', '政策宣讲', '环境清理', '义诊'];

/** Service orders (群众点单 → 中心派单 → 志愿者接单 → 群众评单), two per station on average, each with its steps. */
async function writeServiceRequests(input: VolunteersInput): Promise<void> {
  const { client, org, teams, seed, progress } = input;
  const random = randomStream(seed, 'service-requests');
  const requests: string[] = [];
  const steps: string[] = [];
  for (const u of org.units) {
    const team = teams.teamOfUnit[u.id];
    if (u.level !== 'STATION' || team === 0) continue;
    for (let k = randomInt(random, 0, 4); k > 0; k--) {
      const id = requests.length + 1;
      const r = random();
      const status =
        r < 0.15 ? 'ORDERED' : r < 0.25 ? 'DISPATCHED' : r < 0.35 ? 'ACCEPTED' : r < 0.5 ? 'COMPLETED' : r < 0.95 ? 'RATED' : 'CANCELLED';
      const day = LAST_DAY - randomInt(random, 1, 700);
      const assigned = STEPS[status].includes('dispatch') && status !== 'CANCELLED' ? String(team) : N;
      const rating = status === 'RATED' ? String(randomInt(random, 3, 5)) : N;
      requests.push(
        `${id}\t${pick(random, REQUESTS)}\t${u.id}\t${status}\t${assigned}\t${rating}\tscale-seed\t${timestampText(day, 600)}\t${timestampText(day + STEPS[status].length - 1, 600)}\n`,
      );
      STEPS[status].forEach((action, n) => {
        const byVolunteer = action === 'accept' || action === 'complete';
        const from = n === 0 ? N : AFTER[STEPS[status][n - 1]];
        steps.push(
          `${id}\t${action}\t${from}\t${AFTER[action]}\t${action === 'dispatch' ? team : N}\t${byVolunteer ? 'scale-volunteer' : 'scale-operator'}\t${byVolunteer ? 'VOLUNTEER' : 'OPERATOR'}\t${timestampText(day + n, 600)}\n`,
        );
      });
    }
  }
  await progress.table('volunteers.service_request', async () => {
    const writer = new CopyWriter(client, 'volunteers.service_request', [
      'id',
      'title',
      'org_unit_id',
      'status',
      'assigned_team_id',
      'rating',
      'created_by',
      'created_at',
      'updated_at',
    ]);
    for (const line of requests) writer.writeLine(line);
    return writer.end();
  });
  await progress.table('volunteers.service_request_step', async () => {
    const writer = new CopyWriter(client, 'volunteers.service_request_step', [
      'request_id',
      'action',
      'from_status',
      'to_status',
      'team_id',
      'actor',
      'actor_role',
      'at',
    ]);
    for (const line of steps) writer.writeLine(line);
    return writer.end();
  });
}
