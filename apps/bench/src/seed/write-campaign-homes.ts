import { dayOf, dayText, LAST_DAY } from './calendar';
import { COPY_NULL as N } from './copy-writer';
import { personName, placeName } from './names';
import type { OrgPlan, PlannedCounty } from './plan-org';
import type { PeoplePlan } from './plan-people';
import { volunteerOfCounty } from './plan-people';
import { pick, randomInt, randomStream, type Random } from './random';

/** What writeCampaigns wrote for one county that the homes hang on: its lecture campaigns by year and its events. */
export interface CountyCampaigns {
  /** The Party-history lecture campaign of each year, with its first day. */
  lectureCampaigns: { id: number; startsOn: string }[];
  eventIds: number[];
  eventDays: number[];
  eventHosts: number[];
}

/** Lines for COPY, one array per table. */
export interface CampaignHomesLines {
  roleModels: string[];
  honours: string[];
  featured: string[];
  works: string[];
  workUses: string[];
  participants: string[];
  calendarDays: string[];
  dayDepartments: string[];
  plannedActivities: string[];
}

const POSITIONS = ['村党支部第一书记', '社区党委书记', '志愿服务队队长', '乡村教师', '乡村医生', '退役军人志愿者'];
const HONOURS: { title: string; level: string; by: string }[] = [
  { title: '全国优秀党务工作者', level: 'NATIONAL', by: '中共中央' },
  { title: '全国最美志愿者', level: 'NATIONAL', by: '中央宣传部、中央文明办' },
  { title: '省级优秀共产党员', level: 'PROVINCIAL', by: '省委' },
  { title: '省级道德模范', level: 'PROVINCIAL', by: '省文明委' },
  { title: '市级道德模范', level: 'CITY', by: '市委宣传部、市文明办' },
  { title: '县级最美志愿者', level: 'COUNTY', by: '县委宣传部' },
];
/** National themed days with fixed dates (month, day, theme). */
const THEMED_DAYS: [number, number, string][] = [
  [3, 5, '学雷锋纪念日'],
  [3, 12, '植树节'],
  [5, 4, '五四青年节'],
  [7, 1, '中国共产党成立纪念日'],
  [8, 1, '建军节'],
  [9, 10, '教师节'],
  [10, 1, '国庆节'],
  [12, 5, '国际志愿者日'],
];
const CALENDAR_YEARS = [2021, 2022, 2023, 2024, 2025, 2026];
const CANCEL_REASONS = ['天气原因取消', '与防疫要求冲突，取消', '场地临时占用，取消'];

/**
 * Role models, honours and the lecture campaigns featuring them; each county's works and their uses;
 * speakers at some events; each center's calendar of national themed days, the sub-centers responsible
 * and the activity planned against each day every year (held as an event of the county on that very
 * day when it has one, cancelled now and then, else still planned). All illustrative, from a stream of its own so the
 * tables written before it do not change.
 */
export function planCampaignHomes(org: OrgPlan, people: PeoplePlan, seed: number, counties: CountyCampaigns[]): CampaignHomesLines {
  const random = randomStream(seed, 'campaign-homes');
  const lines: CampaignHomesLines = {
    roleModels: [],
    honours: [],
    featured: [],
    works: [],
    workUses: [],
    participants: [],
    calendarDays: [],
    dayDepartments: [],
    plannedActivities: [],
  };
  const usedEvents = new Set<number>();
  for (const county of org.counties) {
    const own = counties[county.index];
    const models = writeRoleModels(lines, county, own, people, random);
    writeWorks(lines, county, own, random);
    writeSpeakers(lines, own, models, random);
    writeCalendar(lines, county, own, random, usedEvents);
  }
  return lines;
}

function writeRoleModels(
  lines: CampaignHomesLines,
  county: PlannedCounty,
  own: CountyCampaigns,
  people: PeoplePlan,
  random: Random,
): { id: number; name: string }[] {
  const grassroots = county.units.filter((u) => u.level === 'STATION' || u.level === 'INSTITUTE');
  const models: { id: number; name: string }[] = [];
  for (let m = randomInt(random, 2, 5); m > 0; m--) {
    const id = lines.roleModels.length + 1;
    const name = personName(random);
    const unit = grassroots.length > 0 ? pick(random, grassroots).id : county.centerId;
    const volunteer = random() < 0.5 ? volunteerOfCounty(people, county.index, random) : 0;
    lines.roleModels.push(
      `${id}\t${name}\t${volunteer === 0 ? N : volunteer}\t${unit}\t${pick(random, POSITIONS)}\t${N}\t扎根基层、服务群众的先进事迹（示例）\n`,
    );
    models.push({ id, name });
    const first = randomInt(random, 0, HONOURS.length - 1);
    for (let h = 0, count = randomInt(random, 1, 3); h < count; h++) {
      const honour = HONOURS[(first + h) % HONOURS.length];
      const year = randomInt(random, 2021, 2026);
      const revoked = random() < 0.02 ? `${year + 1 > 2026 ? 2026 : year + 1}-06-30\t经复核撤销（示例）` : `${N}\t${N}`;
      lines.honours.push(`${lines.honours.length + 1}\t${id}\t${honour.title}\t${honour.by}\t${year}\t${honour.level}\t${revoked}\n`);
    }
    const featuring = pick(random, own.lectureCampaigns);
    lines.featured.push(`${featuring.id}\t${id}\t${featuring.startsOn} 09:00:00+08\n`);
  }
  return models;
}

function writeWorks(lines: CampaignHomesLines, county: PlannedCounty, own: CountyCampaigns, random: Random) {
  const textbook = lines.works.length + 1;
  lines.works.push(
    `${textbook}\tTEXTBOOK\t《${county.name}红色故事读本》\t${county.centerId}\t${randomInt(random, 2021, 2023)}\t乡土党史教材（示例）\n`,
  );
  const play = lines.works.length + 1;
  lines.works.push(
    `${play}\tPLAY\t《${placeName(random)}新风》\t${county.centerId}\t${randomInt(random, 2021, 2025)}\t移风易俗情景剧（示例）\n`,
  );
  for (const campaign of own.lectureCampaigns)
    lines.workUses.push(`${lines.workUses.length + 1}\t${textbook}\t${campaign.id}\t${N}\tDISTRIBUTED\n`);
  const performances = new Set<number>();
  for (let p = Math.min(5, own.eventIds.length); p > 0; p--) performances.add(pick(random, own.eventIds));
  for (const event of performances) lines.workUses.push(`${lines.workUses.length + 1}\t${play}\t${N}\t${event}\tPERFORMED\n`);
}

/** A speaker at about one event in twenty; now and then a role model of the county tells their own story. */
function writeSpeakers(lines: CampaignHomesLines, own: CountyCampaigns, models: { id: number; name: string }[], random: Random) {
  for (const event of own.eventIds) {
    if (random() >= 0.05) continue;
    const model = random() < 0.15 ? pick(random, models) : null;
    const line = model
      ? `${event}\tSPEAKER\t${model.name}\t先进典型\t${N}\t${model.id}\n`
      : `${event}\tSPEAKER\t${personName(random)}\t${pick(random, ['宣讲员', '党校教师', '退休老干部'])}\t${N}\t${N}\n`;
    lines.participants.push(`${lines.participants.length + 1}\t${line}`);
  }
}

function writeCalendar(lines: CampaignHomesLines, county: PlannedCounty, own: CountyCampaigns, random: Random, usedEvents: Set<number>) {
  const subCenters = county.units.filter((u) => u.level === 'SUB_CENTER').map((u) => u.id);
  const departments = subCenters.length > 0 ? subCenters : [county.centerId];
  const byDay = own.eventIds.map((_, i) => i).sort((a, b) => own.eventDays[a] - own.eventDays[b] || own.eventIds[a] - own.eventIds[b]);
  for (const [month, day, theme] of THEMED_DAYS) {
    const dayId = lines.calendarDays.length + 1;
    lines.calendarDays.push(`${dayId}\t${county.centerId}\t${month}\t${day}\t${N}\t${theme}\t${theme}主题志愿服务（示例）\n`);
    const responsible = new Set([pick(random, departments), pick(random, departments)]);
    for (const unit of responsible) lines.dayDepartments.push(`${dayId}\t${unit}\n`);
    const host = [...responsible][0];
    for (const year of CALENDAR_YEARS) {
      const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const planned = dayOf(date);
      const id = lines.plannedActivities.length + 1;
      const title = `${year}年${theme}主题活动`;
      const draw = random();
      const event = planned <= LAST_DAY && draw < 0.85 ? freeEventOn(own, byDay, planned, usedEvents) : null;
      let rest: string;
      if (event !== null) {
        usedEvents.add(own.eventIds[event]);
        rest = `${own.eventHosts[event]}\t${title}\tHELD\t${own.eventIds[event]}\t${N}`;
      } else if (planned <= LAST_DAY && draw >= 0.85 && draw < 0.93) {
        rest = `${host}\t${title}\tCANCELLED\t${N}\t${pick(random, CANCEL_REASONS)}`;
      } else {
        rest = `${host}\t${title}\tPLANNED\t${N}\t${N}`;
      }
      lines.plannedActivities.push(`${id}\t${dayId}\t${dayText(planned)}\t${rest}\n`);
    }
  }
}

/** The index of an event of the county held on `day` that no other activity holds yet (a held activity's event is on its day). */
function freeEventOn(own: CountyCampaigns, byDay: number[], day: number, used: Set<number>): number | null {
  let lo = 0;
  let hi = byDay.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (own.eventDays[byDay[mid]] < day) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < byDay.length && own.eventDays[byDay[i]] === day; i++) {
    if (!used.has(own.eventIds[byDay[i]])) return byDay[i];
  }
  return null;
}
