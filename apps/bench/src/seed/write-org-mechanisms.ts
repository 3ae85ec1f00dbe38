import type { Client } from 'pg';
import { dayOf, dayText, LAST_DAY } from './calendar';
import { CopyWriter } from './copy-writer';
import { personName } from './names';
import type { OrgPlan, PlannedCounty, PlannedUnit } from './plan-org';
import type { Progress } from './progress';
import { pick, randomInt, randomStream, type Random } from './random';

const CITY_POINT_TITLE = '市级新时代文明实践点';
const DEMONSTRATION_TITLE = '新时代文明实践示范所';

const MEETING_TOPICS = [
  '文明实践季度工作调度',
  '志愿服务阵地统筹',
  '移风易俗工作推进',
  '理论宣讲进村入户',
  '重点节日文明实践活动部署',
  '文明实践项目清单审定',
  '群众点单派单落实情况通报',
  '所站阵地建设督导',
];

const DECISION_TEXTS = [
  '组织志愿服务队开展结对帮扶',
  '完成辖区文明实践站阵地挂牌',
  '梳理群众需求形成服务清单',
  '开展理论宣讲不少于两场',
  '推动村规民约修订完善',
  '报送季度志愿服务活动台账',
  '组织文明家庭评选推荐',
  '落实节日期间文明实践活动安排',
];

/**
 * The mechanism tables of a synthetic province, after the units and designations: designation
 * applications (申报) with their steps: every city-level point and exemplary model granted through
 * one, and a share of the other points (and of the institutes, for demonstration institutes) pending,
 * rejected or withdrawn; and joint meetings
 * (联席会议) convened by every county center about quarterly, attended by its sub-centers, with
 * decisions followed up to done. Ids are given; `resetSequences` moves the sequences past them.
 */
export async function writeOrgMechanisms(client: Client, plan: OrgPlan, seed: number, progress: Progress): Promise<void> {
  await writeApplications(client, plan, seed, progress);
  await writeMeetings(client, plan, seed, progress);
}

interface Granted {
  id: number;
  org_unit_id: number;
  kind: string;
  title: string;
  granted_on: string;
}

type State = 'SUBMITTED' | 'UNDER_REVIEW' | 'GRANTED' | 'REJECTED' | 'WITHDRAWN';

interface Application {
  id: number;
  unit: PlannedUnit;
  kind: string;
  title: string;
  appliedOn: number;
  reviewedOn: number | null;
  state: State;
  /** Day of the final step: granted, rejected or withdrawn. */
  closedOn: number | null;
  designationId: number | null;
}

async function writeApplications(client: Client, plan: OrgPlan, seed: number, progress: Progress): Promise<void> {
  const random = randomStream(seed, 'org-applications');
  const byId = new Map(plan.units.map((u) => [u.id, u]));
  const { rows: granted } = await client.query<Granted>(
    `SELECT id, org_unit_id, kind, title, to_char(granted_on, 'YYYY-MM-DD') AS granted_on FROM org.designation
     WHERE kind IN ('CITY_PRACTICE_POINT', 'EXEMPLARY_MODEL') ORDER BY id`,
  );
  const applications: Application[] = granted.map((d, i) => {
    const grantedOn = dayOf(d.granted_on);
    const appliedOn = grantedOn - randomInt(random, 60, 150);
    return {
      id: i + 1,
      unit: byId.get(d.org_unit_id)!,
      kind: d.kind,
      title: d.title,
      appliedOn,
      reviewedOn: appliedOn + randomInt(random, 7, 30),
      state: 'GRANTED',
      closedOn: grantedOn,
      designationId: d.id,
    };
  });
  const designated = new Set(granted.filter((d) => d.kind === 'CITY_PRACTICE_POINT').map((d) => d.org_unit_id));
  const firstInstitutes = new Set(plan.counties.map((county) => county.units.find((u) => u.level === 'INSTITUTE')?.id));
  for (const unit of plan.units) {
    // Points apply to be city-level points; institutes to be demonstration institutes (every county's first does).
    const applies =
      unit.level === 'POINT'
        ? !designated.has(unit.id) && random() < 0.4
        : unit.level === 'INSTITUTE' && (firstInstitutes.has(unit.id) || random() < 0.15);
    if (!applies) continue;
    const [kind, title] = unit.level === 'POINT' ? ['CITY_PRACTICE_POINT', CITY_POINT_TITLE] : ['DEMONSTRATION', DEMONSTRATION_TITLE];
    const appliedOn = dayOf('2022-09-01') + randomInt(random, 0, 1200);
    const reviewedOn = Math.min(appliedOn + randomInt(random, 7, 45), LAST_DAY);
    const draw = random();
    const state: State = draw < 0.35 ? 'SUBMITTED' : draw < 0.65 ? 'UNDER_REVIEW' : draw < 0.85 ? 'REJECTED' : 'WITHDRAWN';
    const closedOn = state === 'REJECTED' || state === 'WITHDRAWN' ? Math.min(reviewedOn + randomInt(random, 10, 90), LAST_DAY) : null;
    applications.push({
      id: applications.length + 1,
      unit,
      kind,
      title,
      appliedOn,
      reviewedOn: state === 'SUBMITTED' || (state === 'WITHDRAWN' && random() < 0.5) ? null : reviewedOn,
      state,
      closedOn,
      designationId: null,
    });
  }
  const centerOf = (unit: PlannedUnit) => plan.counties[unit.county].units[0];

  await progress.table('org.designation_application', async () => {
    const writer = new CopyWriter(client, 'org.designation_application', [
      'id',
      'applicant_unit_id',
      'authority_unit_id',
      'kind',
      'title',
      'applied_on',
      'reason',
      'materials',
      'state',
      'decided_on',
      'decision_note',
      'designation_id',
    ]);
    for (const a of applications) {
      const decided = a.state === 'GRANTED' || a.state === 'REJECTED';
      await writer.write([
        a.id,
        a.unit.id,
        centerOf(a.unit).id,
        a.kind,
        a.title,
        dayText(a.appliedOn),
        `${a.unit.name}常态开展理论宣讲、志愿服务和文化活动，申报${a.title}。`,
        random() < 0.6 ? '工作台账、活动照片、群众评价' : null,
        a.state,
        decided ? dayText(a.closedOn!) : null,
        a.state === 'GRANTED'
          ? '经审核，予以命名'
          : a.state === 'REJECTED'
            ? pick(random, ['阵地设施尚不完备', '活动记录不足', '群众参与度有待提高'])
            : null,
        a.designationId,
      ]);
    }
    return writer.end();
  });
  await progress.table('org.designation_application_step', async () => {
    const writer = new CopyWriter(client, 'org.designation_application_step', [
      'application_id',
      'state',
      'taken_on',
      'actor',
      'actor_role',
      'actor_org_unit',
      'note',
    ]);
    for (const a of applications) {
      const center = centerOf(a.unit);
      const applicant = ['SUBMITTED', dayText(a.appliedOn), `bench:${a.unit.code}-operator`, 'OPERATOR', a.unit.code, null];
      const authority = (state: State, day: number, note: string | null) => [
        state,
        dayText(day),
        `bench:${center.code}-office`,
        'ORG_ADMIN',
        center.code,
        note,
      ];
      const steps = [applicant];
      if (a.reviewedOn !== null) steps.push(authority('UNDER_REVIEW', a.reviewedOn, null));
      if (a.state === 'GRANTED' || a.state === 'REJECTED') steps.push(authority(a.state, a.closedOn!, null));
      if (a.state === 'WITHDRAWN')
        steps.push(['WITHDRAWN', dayText(a.closedOn!), `bench:${a.unit.code}-operator`, 'OPERATOR', a.unit.code, '暂缓申报']);
      for (const step of steps) await writer.write([a.id, ...step]);
    }
    return writer.end();
  });
}

interface Meeting {
  id: number;
  county: PlannedCounty;
  heldOn: number;
  topic: string;
  attendees: { unit: PlannedUnit; position: string }[];
  decisions: { text: string; unit: PlannedUnit; dueOn: number }[];
}

async function writeMeetings(client: Client, plan: OrgPlan, seed: number, progress: Progress): Promise<void> {
  const random = randomStream(seed, 'org-meetings');
  const meetings: Meeting[] = [];
  for (const county of plan.counties) {
    const center = county.units[0];
    const subCenters = county.units.filter((u) => u.level === 'SUB_CENTER');
    const institutes = county.units.filter((u) => u.level === 'INSTITUTE');
    for (let day = dayOf(center.establishedOn) + randomInt(random, 20, 60); day <= LAST_DAY; day += randomInt(random, 75, 105)) {
      const decisions = Array.from({ length: randomInt(random, 1, 3) }, () => ({
        text: pick(random, DECISION_TEXTS),
        unit: random() < 0.7 || institutes.length === 0 ? pick(random, subCenters) : pick(random, institutes),
        dueOn: day + randomInt(random, 30, 90),
      }));
      const responsible = new Set(decisions.map((d) => d.unit.id));
      const attendees = [
        ...subCenters.filter((u) => responsible.has(u.id) || random() < 0.85).map((unit) => ({ unit, position: '分中心负责人' })),
        ...institutes.filter((u) => responsible.has(u.id)).map((unit) => ({ unit, position: '实践所所长' })),
      ];
      meetings.push({ id: meetings.length + 1, county, heldOn: day, topic: pick(random, MEETING_TOPICS), attendees, decisions });
    }
  }

  await progress.table('org.joint_meeting', async () => {
    const writer = new CopyWriter(client, 'org.joint_meeting', ['id', 'convening_unit_id', 'held_on', 'topic', 'minutes']);
    for (const m of meetings) {
      const center = m.county.units[0];
      const minutes = random() < 0.7 ? `${center.name}召集各分中心研究${m.topic}，明确责任单位和完成时限。` : null;
      await writer.write([m.id, center.id, dayText(m.heldOn), m.topic, minutes]);
    }
    return writer.end();
  });
  await progress.table('org.joint_meeting_attendee', async () => {
    const writer = new CopyWriter(client, 'org.joint_meeting_attendee', ['meeting_id', 'org_unit_id', 'person_name', 'position']);
    for (const m of meetings)
      for (const a of m.attendees) await writer.write([m.id, a.unit.id, random() < 0.5 ? personName(random) : null, a.position]);
    return writer.end();
  });
  await progress.table('org.meeting_decision', async () => {
    const writer = new CopyWriter(client, 'org.meeting_decision', [
      'meeting_id',
      'text',
      'responsible_unit_id',
      'due_on',
      'state',
      'done_on',
      'progress_note',
    ]);
    for (const m of meetings)
      for (const d of m.decisions) {
        const { state, doneOn } = followUp(random, m.heldOn, d.dueOn);
        const note = state === 'DONE' ? '已按时限办结' : state === 'IN_PROGRESS' ? '正在推进落实' : null;
        await writer.write([m.id, d.text, d.unit.id, dayText(d.dueOn), state, doneOn === null ? null : dayText(doneOn), note]);
      }
    return writer.end();
  });
}

/** Most decisions are done, a few late; the newest are still open or under way. */
function followUp(random: Random, heldOn: number, dueOn: number): { state: 'OPEN' | 'IN_PROGRESS' | 'DONE'; doneOn: number | null } {
  const draw = random();
  const doneOn = Math.min(heldOn + Math.round((dueOn - heldOn) * (0.4 + random() * 0.8)), LAST_DAY);
  if (dueOn > LAST_DAY) return draw < 0.5 ? { state: 'OPEN', doneOn: null } : { state: 'IN_PROGRESS', doneOn: null };
  if (draw < 0.85) return { state: 'DONE', doneOn };
  return draw < 0.95 ? { state: 'IN_PROGRESS', doneOn: null } : { state: 'OPEN', doneOn: null };
}
