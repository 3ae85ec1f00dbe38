import { badUserInput, conflict, notFound } from '@civic/runtime';
import { chinaToday, parseId } from '@civic/subgraph-kit';
import type { OrgContext } from '../../loaders';
import { DecisionState, ReportedDecisionState } from '../decision-state.enum';
import { JointMeetingEntity } from '../joint-meeting.entity';
import { MeetingDecisionEntity } from '../meeting-decision.entity';
import type { AddMeetingDecisionInput, ReportDecisionProgressInput } from './joint-meeting.inputs';
import { unitPaths } from './unit-paths';

/** Adds a decision to a meeting (`meeting:write` on the convening unit), for a unit in its subtree, due on or after the meeting. */
export async function addMeetingDecision(ctx: OrgContext, input: AddMeetingDecisionInput): Promise<MeetingDecisionEntity> {
  const meetingId = parseId(input.meetingId, 'joint meeting');
  const responsibleUnitId = parseId(input.responsibleUnitId, 'org unit');
  const meeting = await ctx.db.getRepository(JointMeetingEntity).findOneBy({ id: meetingId });
  if (!meeting) throw notFound('joint meeting', meetingId);
  await ctx.access.requireWrite('meeting:write', meeting.conveningUnitId);
  if (input.dueOn < meeting.heldOn)
    throw badUserInput(`dueOn must not be before the meeting (${meeting.heldOn})`, { argument: 'input.dueOn' });
  return ctx.db.transaction(async (manager) => {
    const paths = await unitPaths(manager, [meeting.conveningUnitId, responsibleUnitId]);
    if (!paths.get(responsibleUnitId)!.startsWith(paths.get(meeting.conveningUnitId)!)) {
      throw badUserInput(`org unit ${responsibleUnitId} is not inside the convening unit's subtree`, {
        argument: 'input.responsibleUnitId',
      });
    }
    const decisions = manager.getRepository(MeetingDecisionEntity);
    const saved = await decisions.save(
      decisions.create({
        meetingId,
        text: input.text.trim(),
        responsibleUnitId,
        dueOn: input.dueOn,
        state: DecisionState.OPEN,
        doneOn: null,
        progressNote: null,
      }),
    );
    await ctx.audit.record(manager, 'addMeetingDecision', 'MeetingDecision', [saved.id]);
    return decisions.findOneByOrFail({ id: saved.id });
  });
}

/**
 * Reports progress on a decision (`meeting:write` on the convening or the responsible unit): OPEN or
 * IN_PROGRESS may become IN_PROGRESS or DONE; a DONE decision is a CONFLICT. The report is audited.
 */
export async function reportDecisionProgress(ctx: OrgContext, input: ReportDecisionProgressInput): Promise<MeetingDecisionEntity> {
  const decisionId = parseId(input.decisionId, 'meeting decision');
  const decision = await ctx.db.getRepository(MeetingDecisionEntity).findOneBy({ id: decisionId });
  if (!decision) throw notFound('meeting decision', decisionId);
  const meeting = await ctx.db.getRepository(JointMeetingEntity).findOneByOrFail({ id: decision.meetingId });
  if (!(await ctx.access.mayWrite('meeting:write', meeting.conveningUnitId))) {
    await ctx.access.requireWrite('meeting:write', decision.responsibleUnitId);
  }
  const day = input.on ?? chinaToday();
  if (day < meeting.heldOn)
    throw badUserInput(`the report's day must not be before the meeting (${meeting.heldOn})`, { argument: 'input.on' });
  const note = input.note?.trim() || null;
  return ctx.db.transaction(async (manager) => {
    const decisions = manager.getRepository(MeetingDecisionEntity);
    const current = await decisions.findOne({ where: { id: decisionId }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw notFound('meeting decision', decisionId);
    if (current.state === DecisionState.DONE) throw conflict(`meeting decision ${decisionId} was already done on ${current.doneOn}`);
    const done = input.state === ReportedDecisionState.DONE;
    const next = done ? DecisionState.DONE : DecisionState.IN_PROGRESS;
    await decisions.update({ id: decisionId }, { state: next, doneOn: done ? day : null, progressNote: note ?? current.progressNote });
    await ctx.audit.record(manager, 'reportDecisionProgress', 'MeetingDecision', [decisionId], {
      reason: note,
      changes: { state: { from: current.state, to: next }, ...(done ? { doneOn: { from: null, to: day } } : {}) },
    });
    return decisions.findOneByOrFail({ id: decisionId });
  });
}
