import type { DataSource, EntityManager } from 'typeorm';
import { seedOnce } from '@civic/subgraph-kit';
import { HUIDONG } from './huidong.data';
import { HUIDONG_MEETINGS } from './huidong-meetings.data';
import { HUIDONG_CENTER_CODE } from './huidong.plan';
import { QIONGLAI } from './qionglai.data';
import { insertPlannedUnits, insertRegions, insertVenues } from './seed-writes';
import { planStructure2021, QIONGLAI_POINT_CODE } from './structure-2021.plan';

/**
 * The second part of the demo (issue #21), loaded once after the first: the structure below
 * Tongchuan's and Qionglai's centers with the red sites, Qionglai's 15 applications for
 * 成都市级新时代文明实践点, and Huidong's joint meetings. Set-based statements, deterministic.
 */
export function seedReports2021(db: DataSource): Promise<boolean> {
  return seedOnce(db, 'org', 'reports-2021', async (manager) => {
    const plan = planStructure2021();
    await insertRegions(manager, plan.regions);
    await insertPlannedUnits(manager, plan.units);
    await insertVenues(manager, plan);
    await insertApplications(manager);
    await insertMeetings(manager);
  });
}

/** Each point applied a few days apart from 2021-06-01; every third taken up for review (illustrative). */
async function insertApplications(manager: EntityManager): Promise<void> {
  const { application: a } = QIONGLAI;
  const points = QIONGLAI.practicePoints.map((point, i) => ({
    code: QIONGLAI_POINT_CODE(i),
    appliedOn: addDays(a.firstAppliedOn, 2 * i),
    reviewed: i % 3 === 0,
    reason: `${point.name.replace('新时代文明实践点', '')}立足${point.township}群众需求，常态开展理论宣讲、志愿服务和文化活动，申报${a.title}。`,
  }));
  await manager.query(
    `WITH applied AS (
       INSERT INTO org.designation_application (applicant_unit_id, authority_unit_id, kind, title, applied_on, reason, state)
       SELECT u.id, authority.id, $2, $3, p.applied_on, p.reason, CASE WHEN p.reviewed THEN 'UNDER_REVIEW' ELSE 'SUBMITTED' END
       FROM unnest($1::text[], $4::date[], $5::text[], $6::boolean[]) WITH ORDINALITY AS p(code, applied_on, reason, reviewed, ord)
       JOIN org.org_unit u ON u.code = p.code
       JOIN org.org_unit authority ON authority.code = $7
       ORDER BY p.ord
       RETURNING id, applied_on, state
     )
     INSERT INTO org.designation_application_step (application_id, state, taken_on, actor, actor_role, actor_org_unit)
     SELECT id, 'SUBMITTED', applied_on, $8, $9, $10 FROM applied
     UNION ALL
     SELECT id, 'UNDER_REVIEW', $11::date, $12, $13, $14 FROM applied WHERE state = 'UNDER_REVIEW'
     ORDER BY 1, 3`,
    [
      points.map((p) => p.code),
      a.kind,
      a.title,
      points.map((p) => p.appliedOn),
      points.map((p) => p.reason),
      points.map((p) => p.reviewed),
      a.authorityCode,
      a.submittedBy.actor,
      a.submittedBy.role,
      a.submittedBy.orgUnit,
      a.reviewedOn,
      a.reviewedBy.actor,
      a.reviewedBy.role,
      a.reviewedBy.orgUnit,
    ],
  );
}

/** Huidong's meetings, convened by its center, attended by its sub-centers (and the institutes given work). */
async function insertMeetings(manager: EntityManager): Promise<void> {
  const subCenterCode = (department: string) =>
    `${HUIDONG.county.code}-FZX-${String(positionIn(HUIDONG.subCenterDepartments, department) + 1).padStart(2, '0')}`;
  const instituteCode = (township: string) => `${HUIDONG.county.code}${100 + positionIn(HUIDONG.townships, township)}000-SJS`;
  const responsibleCode = (r: { department: string } | { township: string }) =>
    'department' in r ? subCenterCode(r.department) : instituteCode(r.township);
  const meetings = HUIDONG_MEETINGS.map((m, i) => ({ ...m, ord: i + 1 }));
  const attendees = meetings.flatMap((m) => [
    ...HUIDONG.subCenterDepartments
      .filter((department) => !m.absent.includes(department))
      .map((department) => ({ ord: m.ord, code: subCenterCode(department), position: '分中心负责人' })),
    ...[...new Set(m.decisions.flatMap((d) => ('township' in d.responsible ? [d.responsible.township] : [])))].map((township) => ({
      ord: m.ord,
      code: instituteCode(township),
      position: '实践所所长',
    })),
  ]);
  const decisions = meetings.flatMap((m) =>
    m.decisions.map((d) => {
      const done = d.progress && 'doneOn' in d.progress ? d.progress : null;
      const inProgress = d.progress && 'inProgress' in d.progress ? d.progress.inProgress : null;
      return {
        ord: m.ord,
        text: d.text,
        code: responsibleCode(d.responsible),
        dueOn: d.dueOn,
        state: done ? 'DONE' : inProgress ? 'IN_PROGRESS' : 'OPEN',
        doneOn: done?.doneOn ?? null,
        note: done?.note ?? inProgress,
      };
    }),
  );
  await manager.query(
    `WITH meeting AS (
       INSERT INTO org.joint_meeting (convening_unit_id, held_on, topic, minutes)
       SELECT center.id, m.held_on, m.topic, m.minutes
       FROM unnest($1::date[], $2::text[], $3::text[]) WITH ORDINALITY AS m(held_on, topic, minutes, ord)
       JOIN org.org_unit center ON center.code = $4
       ORDER BY m.ord
       RETURNING id, held_on
     ),
     numbered AS (SELECT id, row_number() OVER (ORDER BY held_on, id) AS ord FROM meeting),
     attendee AS (
       INSERT INTO org.joint_meeting_attendee (meeting_id, org_unit_id, position)
       SELECT n.id, u.id, a.position
       FROM unnest($5::int[], $6::text[], $7::text[]) AS a(ord, code, position)
       JOIN numbered n ON n.ord = a.ord JOIN org.org_unit u ON u.code = a.code
     )
     INSERT INTO org.meeting_decision (meeting_id, text, responsible_unit_id, due_on, state, done_on, progress_note)
     SELECT n.id, d.text, u.id, d.due_on, d.state, d.done_on, d.note
     FROM unnest($8::int[], $9::text[], $10::text[], $11::date[], $12::text[], $13::date[], $14::text[])
          WITH ORDINALITY AS d(ord, text, code, due_on, state, done_on, note, position)
     JOIN numbered n ON n.ord = d.ord JOIN org.org_unit u ON u.code = d.code
     ORDER BY d.position`,
    [
      meetings.map((m) => m.heldOn),
      meetings.map((m) => m.topic),
      meetings.map((m) => m.minutes),
      HUIDONG_CENTER_CODE,
      attendees.map((a) => a.ord),
      attendees.map((a) => a.code),
      attendees.map((a) => a.position),
      decisions.map((d) => d.ord),
      decisions.map((d) => d.text),
      decisions.map((d) => d.code),
      decisions.map((d) => d.dueOn),
      decisions.map((d) => d.state),
      decisions.map((d) => d.doneOn),
      decisions.map((d) => d.note),
    ],
  );
}

/** Where a name stands in a list of the Huidong plan; a name not there is a mistake in the meetings' data. */
function positionIn(list: readonly string[], name: string): number {
  const i = list.indexOf(name);
  if (i < 0) throw new Error(`${name} is not in the Huidong plan`);
  return i;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
