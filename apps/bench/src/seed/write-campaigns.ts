import type { Client } from 'pg';
import { dayOf, dayText, LAST_DAY, timestampText } from './calendar';
import { CopyWriter, COPY_NULL as N } from './copy-writer';
import { CAMPAIGN_THEMES, placeName, VENUE_TYPES } from './names';
import type { OrgPlan, PlannedUnit } from './plan-org';
import type { PeoplePlan } from './plan-people';
import { volunteerOfCounty } from './plan-people';
import { planCampaignHomes, type CountyCampaigns } from './write-campaign-homes';
import type { Progress } from './progress';
import { apportion, normal, pick, randomInt, randomStream, WeightedSampler } from './random';

const YEARS = [2021, 2022, 2023, 2024, 2025, 2026];
const LAST_YEAR = YEARS[YEARS.length - 1];
const HOST_WEIGHT: Record<PlannedUnit['level'], number> = { CENTER: 5, SUB_CENTER: 0.5, INSTITUTE: 3, STATION: 1, POINT: 0.5 };

export interface CampaignsInput {
  client: Client;
  org: OrgPlan;
  people: PeoplePlan;
  seed: number;
  progress: Progress;
}

/**
 * Every table of the campaigns schema. Each county runs one campaign of each kind a year (2021-2026); its events
 * (numbered county by county, as the service records expect) are skewed towards Party-history
 * lectures and hosted mostly by institutes and stations of that county. Role models, works, speakers and
 * the activity calendar follow (see planCampaignHomes).
 */
export async function writeCampaigns(input: CampaignsInput): Promise<void> {
  const { client, org, people, seed, progress } = input;
  const random = randomStream(seed, 'campaigns');
  const campaigns: string[] = [];
  const actions: string[] = [];
  const groups: string[] = [];
  const members: string[] = [];
  const brands: string[] = [];
  const events: string[] = [];
  const helpers: string[] = [];
  const byCounty: CountyCampaigns[] = [];
  let eventId = 0;
  let actionId = 0;

  for (const county of org.counties) {
    const c = county.index;
    const host = new WeightedSampler(county.units.map((u) => HOST_WEIGHT[u.level] * u.weight));
    const brandIds = [brands.length + 1, brands.length + 2];
    brands.push(`${brandIds[0]}\t文明实践红马甲\t${county.centerId}\t${county.name}志愿服务品牌（示例）\tf\n`);
    brands.push(`${brandIds[1]}\t四点半课堂\t${county.centerId}\t放学后课业辅导（示例）\tt\n`);
    const plan = YEARS.flatMap((year, y) =>
      CAMPAIGN_THEMES.map((theme, k) => ({ year, theme, k, weight: (k === 0 ? 4 : 1 + random()) * (1 + 0.2 * y) })),
    );
    const eventsOfCampaign = apportion(
      people.eventStart[c + 1] - people.eventStart[c],
      plan.map((p) => p.weight),
      0,
    );
    if (eventId + 1 !== people.eventStart[c]) throw new Error('campaign events out of step with the service records plan');
    let groupIds: number[] = [];
    const own: CountyCampaigns = { lectureCampaigns: [], eventIds: [], eventDays: [], eventHosts: [] };
    byCounty[c] = own;
    for (const [n, { year, theme, k }] of plan.entries()) {
      const campaignId = campaigns.length + 1;
      const startsOn = year === 2021 && k === 0 ? '2021-02-20' : `${year}-03-01`;
      const endsOn = year === LAST_YEAR ? dayText(LAST_DAY) : `${year}-12-31`;
      const count = eventsOfCampaign[n];
      campaigns.push(
        `${campaignId}\t${county.name}${year}年${theme.name}\t${theme.kind}\t（示例）\t${startsOn}\t${endsOn}\t${county.centerId}\t${Math.round(count * 1.1)}\t${count * 80}\t${startsOn} 09:00:00+08\n`,
      );
      if (k === 0) own.lectureCampaigns.push({ id: campaignId, startsOn });
      const firstAction = actionId + 1;
      if (theme.kind === 'CUSTOMS_REFORM') {
        for (let a = 1; a <= 10; a++) actions.push(`${++actionId}\t${campaignId}\t${a}\t第${a}项行动\n`);
      }
      if (k === 0 && year === 2021) {
        groupIds = [1, 2, 3].map((g) => groups.length + g);
        for (const g of groupIds) {
          groups.push(`${g}\t${placeName(random)}宣讲小组\t${county.centerId}\t${campaignId}\t{党史,惠民政策}\t${startsOn} 09:00:00+08\n`);
          const seen = new Set<number>();
          for (let m = randomInt(random, 5, 10); m > 0; m--) {
            const v = volunteerOfCounty(people, c, random);
            if (v === 0 || seen.has(v)) continue;
            seen.add(v);
            members.push(`${g}\t${v}\n`);
          }
        }
      }
      const from = dayOf(startsOn);
      const span = dayOf(endsOn) - from;
      for (let e = 0; e < count; e++) {
        const id = ++eventId;
        const unit = county.units[host.draw(random)];
        const audience = Math.max(5, Math.round(60 * Math.exp(0.9 * normal(random))));
        const group = k === 0 && random() < 0.6 ? String(pick(random, groupIds)) : N;
        const action = theme.kind === 'CUSTOMS_REFORM' ? String(firstAction + Math.floor(random() * 10)) : N;
        const brand = random() < 0.1 ? String(pick(random, brandIds)) : N;
        const day = from + Math.floor(random() * span);
        const heldAt = timestampText(day, randomInt(random, 8, 20) * 60);
        own.eventIds.push(id);
        own.eventDays.push(day);
        own.eventHosts.push(unit.id);
        const venue = pick(random, VENUE_TYPES);
        events.push(
          `${id}\t${campaignId}\t${theme.name}（${unit.name.replace(/新时代文明实践.*$/, '')}）\t${heldAt}\t${theme.format}\t${venue}\t${unit.id}\t${audience}\t${N}\t${group}\t${action}\t${brand}\t${N}\n`,
        );
        if (random() < 0.5) {
          const seen = new Set<number>();
          for (let h = randomInt(random, 1, 6); h > 0; h--) {
            const v = volunteerOfCounty(people, c, random);
            if (v === 0 || seen.has(v)) continue;
            seen.add(v);
            helpers.push(`${id}\t${v}\n`);
          }
        }
      }
    }
  }

  const measures: string[] = [];
  for (const u of org.units) {
    if (u.level !== 'STATION') continue;
    if (random() < 0.8) measures.push(`${u.id}\tVILLAGE_RULES\t${dayText(randomInt(random, 0, LAST_DAY))}\n`);
    if (random() < 0.6) measures.push(`${u.id}\tRED_WHITE_COUNCIL\t${dayText(randomInt(random, 0, LAST_DAY))}\n`);
  }

  const copy = (table: string, columns: string[], lines: string[]) =>
    progress.table(table, async () => {
      const writer = new CopyWriter(client, table, columns);
      for (const line of lines) {
        writer.writeLine(line);
        if (writer.shouldFlush()) await writer.flush();
      }
      return writer.end();
    });
  await copy(
    'campaigns.campaign',
    ['id', 'name', 'kind', 'description', 'starts_on', 'ends_on', 'organizer_unit_id', 'event_target', 'audience_target', 'created_at'],
    campaigns,
  );
  await copy('campaigns.campaign_action', ['id', 'campaign_id', 'ordinal', 'name'], actions);
  await copy('campaigns.lecture_group', ['id', 'name', 'org_unit_id', 'campaign_id', 'topics', 'created_at'], groups);
  await copy('campaigns.lecture_group_member', ['group_id', 'volunteer_id'], members);
  await copy('campaigns.work_brand', ['id', 'name', 'org_unit_id', 'description', 'for_minors'], brands);
  await copy(
    'campaigns.campaign_event',
    [
      'id',
      'campaign_id',
      'title',
      'held_at',
      'format',
      'venue_type',
      'host_unit_id',
      'audience_count',
      'summary',
      'lecture_group_id',
      'action_id',
      'work_brand_id',
      'place',
    ],
    events,
  );
  await copy('campaigns.event_volunteer', ['event_id', 'volunteer_id'], helpers);
  await copy('campaigns.customs_reform_measure', ['org_unit_id', 'kind', 'adopted_on'], measures);

  const homes = planCampaignHomes(org, people, seed, byCounty);
  await copy(
    'campaigns.role_model',
    ['id', 'name', 'volunteer_id', 'org_unit_id', 'position', 'nickname', 'achievements'],
    homes.roleModels,
  );
  await copy(
    'campaigns.role_model_honour',
    ['id', 'role_model_id', 'title', 'conferred_by', 'year', 'level', 'revoked_on', 'revoke_reason'],
    homes.honours,
  );
  await copy('campaigns.campaign_role_model', ['campaign_id', 'role_model_id', 'featured_at'], homes.featured);
  await copy('campaigns.work', ['id', 'kind', 'title', 'org_unit_id', 'year', 'description'], homes.works);
  await copy('campaigns.work_use', ['id', 'work_id', 'campaign_id', 'event_id', 'kind'], homes.workUses);
  await copy(
    'campaigns.event_participant',
    ['id', 'event_id', 'role', 'name', 'position', 'volunteer_id', 'role_model_id'],
    homes.participants,
  );
  await copy('campaigns.calendar_day', ['id', 'owner_unit_id', 'month', 'day', 'year', 'theme', 'description'], homes.calendarDays);
  await copy('campaigns.calendar_day_department', ['day_id', 'org_unit_id'], homes.dayDepartments);
  await copy(
    'campaigns.planned_activity',
    ['id', 'calendar_day_id', 'planned_on', 'host_unit_id', 'title', 'status', 'event_id', 'cancel_reason'],
    homes.plannedActivities,
  );
}
