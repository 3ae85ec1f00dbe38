import { dayOf, LAST_DAY } from './calendar';
import { copyRows, type CopyValue } from './copy-writer';
import type { PlannedCounty } from './plan-org';
import { randomInt, randomStream, type Random } from './random';
import type { VolunteersInput } from './write-volunteers';

/** The most volunteers a mobilisation calls up by name (grid workers and village cadres of its area). */
const CALLED_BY_NAME = 20;

interface PlannedMobilisation {
  id: number;
  kind: 'EPIDEMIC_CONTROL' | 'FOREST_FIRE_PREVENTION' | 'FLOOD_PREVENTION';
  title: string;
  callingUnitId: number;
  startsOn: string;
  /** Null while ongoing. */
  endsOn: string | null;
  area: number[];
  teams: number[];
}

/**
 * Special-period mobilisations (应急动员) of each county, all illustrative: epidemic control in
 * spring 2020 everywhere and in winter 2021/22 in about half the counties; in the forested half a
 * fire season every January–May from 2021 and an autumn–winter patrol still under way; in most
 * counties a flood season every June–September over one to three riverside townships. The county
 * center calls each; over the whole county it calls up the county 应急救援 team and every township
 * party-member team, over townships their teams and their villages' teams. Then, set-based: up to
 * twenty grid workers or village cadres of the area registered before the first day, by name, and
 * the approved or pending service of those called up within the period counted toward it, each
 * record toward one mobilisation (the earliest entered). From a stream of its own, so the tables
 * written before do not change.
 */
export async function writeMobilisations(input: VolunteersInput): Promise<void> {
  const { client, org, teams, seed, progress } = input;
  const random = randomStream(seed, 'mobilisations');
  const emergencyTeam = new Map<number, number>();
  const unitTeams = new Map<number, number[]>();
  for (const t of teams.teams) {
    if (t.level === 'COUNTY' && t.theme === '应急救援') emergencyTeam.set(t.county, t.id);
    unitTeams.set(t.orgUnitId, [...(unitTeams.get(t.orgUnitId) ?? []), t.id]);
  }
  const mobilisations: PlannedMobilisation[] = [];
  for (const county of org.counties) {
    for (const m of planCounty(county, random)) {
      const teamIds =
        m.area[0] === county.centerId
          ? [
              ...(emergencyTeam.has(county.index) ? [emergencyTeam.get(county.index)!] : []),
              ...county.units.filter((u) => u.level === 'INSTITUTE').flatMap((u) => (unitTeams.get(u.id) ?? []).slice(0, 1)),
            ]
          : county.units
              .filter((u) => m.area.includes(u.id) || (u.level === 'STATION' && u.parentId !== null && m.area.includes(u.parentId)))
              .flatMap((u) => unitTeams.get(u.id) ?? []);
      mobilisations.push({ ...m, id: mobilisations.length + 1, teams: teamIds });
    }
  }

  await progress.table('volunteers.mobilisation', () =>
    copyRows(
      client,
      'volunteers.mobilisation',
      ['id', 'kind', 'title', 'calling_unit_id', 'starts_on', 'ends_on', 'created_by', 'created_at'],
      mobilisations.map((m): CopyValue[] => [
        m.id,
        m.kind,
        m.title,
        m.callingUnitId,
        m.startsOn,
        m.endsOn,
        'scale-seed',
        `${m.startsOn} 08:00:00+08`,
      ]),
    ),
  );
  await progress.table('volunteers.mobilisation_area', () =>
    copyRows(
      client,
      'volunteers.mobilisation_area',
      ['mobilisation_id', 'org_unit_id'],
      mobilisations.flatMap((m) => m.area.map((unit) => [m.id, unit])),
    ),
  );
  await progress.table('volunteers.mobilisation_team', () =>
    copyRows(
      client,
      'volunteers.mobilisation_team',
      ['mobilisation_id', 'team_id', 'called_up_on'],
      mobilisations.flatMap((m) => m.teams.map((team) => [m.id, team, m.startsOn])),
    ),
  );
  await progress.table('volunteers.mobilisation_volunteer', async () => {
    const result = await client.query(
      `INSERT INTO volunteers.mobilisation_volunteer (mobilisation_id, volunteer_id, called_up_on)
       SELECT mobilisation_id, volunteer_id, starts_on FROM (
         SELECT m.id AS mobilisation_id, v.id AS volunteer_id, m.starts_on,
                row_number() OVER (PARTITION BY m.id ORDER BY (v.id::bigint * 7919 + m.id * 104729) % 1000003, v.id) AS n
         FROM volunteers.volunteer v
         JOIN org.org_unit home ON home.id = v.home_unit_id
         CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from home.path), '/')::int[]) AS above(unit_id)
         JOIN volunteers.mobilisation_area a ON a.org_unit_id = above.unit_id
         JOIN volunteers.mobilisation m ON m.id = a.mobilisation_id
         WHERE v.kinds && ARRAY['GRID_WORKER', 'VILLAGE_CADRE']::text[]
           AND v.registered_at < (m.starts_on + time '00:00') AT TIME ZONE 'Asia/Shanghai'
       ) called
       WHERE n <= $1`,
      [CALLED_BY_NAME],
    );
    return result.rowCount ?? 0;
  });
  await progress.table('volunteers.mobilisation_service', async () => {
    const result = await client.query(
      `WITH called AS (
         SELECT mt.mobilisation_id, r.id AS record_id, r.started_at, r.ended_at, r.status
         FROM volunteers.mobilisation_team mt JOIN volunteers.service_record r ON r.team_id = mt.team_id
         UNION ALL
         SELECT mv.mobilisation_id, r.id, r.started_at, r.ended_at, r.status
         FROM volunteers.mobilisation_volunteer mv JOIN volunteers.service_record r ON r.volunteer_id = mv.volunteer_id
       )
       INSERT INTO volunteers.mobilisation_service (service_record_id, mobilisation_id, counted_by, counted_at)
       SELECT DISTINCT ON (c.record_id) c.record_id, c.mobilisation_id, 'scale-seed', c.ended_at + interval '1 day'
       FROM called c JOIN volunteers.mobilisation m ON m.id = c.mobilisation_id
       WHERE c.status IN ('APPROVED', 'PENDING')
         AND (c.started_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN m.starts_on AND coalesce(m.ends_on, 'infinity'::date)
       ORDER BY c.record_id, c.mobilisation_id`,
    );
    return result.rowCount ?? 0;
  });
}

/** One county's mobilisations, without ids and teams. */
function planCounty(county: PlannedCounty, random: Random): Omit<PlannedMobilisation, 'id' | 'teams'>[] {
  const center = county.centerId;
  const whole = [center];
  const planned: Omit<PlannedMobilisation, 'id' | 'teams'>[] = [];
  const add = (kind: PlannedMobilisation['kind'], title: string, startsOn: string, endsOn: string | null, area: number[]) => {
    if (dayOf(startsOn) <= LAST_DAY) planned.push({ kind, title, callingUnitId: center, startsOn, endsOn, area });
  };
  const forested = random() < 0.5;
  const flooding = random() < 0.7;
  add('EPIDEMIC_CONTROL', `2020年${county.name}新冠肺炎疫情防控志愿服务`, '2020-01-24', '2020-04-30', whole);
  if (random() < 0.5) add('EPIDEMIC_CONTROL', `2021年冬春季${county.name}疫情防控志愿服务`, '2021-12-01', '2022-02-28', whole);
  const institutes = county.units.filter((u) => u.level === 'INSTITUTE').map((u) => u.id);
  for (let year = 2020; year <= 2026; year++) {
    if (forested && year >= 2021)
      add('FOREST_FIRE_PREVENTION', `${year}年${county.name}森林草原防灭火志愿服务`, `${year}-01-01`, `${year}-05-31`, whole);
    if (flooding && institutes.length > 0) {
      const first = randomInt(random, 0, institutes.length - 1);
      const area = institutes.slice(first, first + randomInt(random, 1, 3));
      add('FLOOD_PREVENTION', `${year}年${county.name}汛期防汛减灾志愿服务`, `${year}-06-01`, `${year}-09-30`, area);
    }
  }
  if (forested) add('FOREST_FIRE_PREVENTION', `2026年秋冬季${county.name}森林防火志愿服务`, '2026-10-15', null, whole);
  return planned;
}
