import type { EntityManager } from 'typeorm';
import { badUserInput, conflict, forbidden, notFound } from '@civic/runtime';
import { chinaToday, parseId } from '@civic/subgraph-kit';
import { DesignationEntity } from '../../designation/designation.entity';
import type { OrgContext } from '../../loaders';
import { OrgUnitEntity } from '../../org-unit/org-unit.entity';
import { ApplicationState } from '../application-state.enum';
import { DesignationApplicationEntity } from '../designation-application.entity';
import type { ApplicationStepInput } from './application.inputs';
import { recordStep } from './application-step';

/** A step on an application: the states it may start from, the state it leads to, who may take it. */
interface Step {
  action: string;
  from: readonly ApplicationState[];
  to: ApplicationState;
  by: 'applicant' | 'decider';
}

export const REVIEW: Step = {
  action: 'reviewDesignationApplication',
  from: [ApplicationState.SUBMITTED],
  to: ApplicationState.UNDER_REVIEW,
  by: 'decider',
};
export const GRANT: Step = {
  action: 'grantDesignationApplication',
  from: [ApplicationState.UNDER_REVIEW],
  to: ApplicationState.GRANTED,
  by: 'decider',
};
export const REJECT: Step = {
  action: 'rejectDesignationApplication',
  from: [ApplicationState.UNDER_REVIEW],
  to: ApplicationState.REJECTED,
  by: 'decider',
};
export const WITHDRAW: Step = {
  action: 'withdrawDesignationApplication',
  from: [ApplicationState.SUBMITTED, ApplicationState.UNDER_REVIEW],
  to: ApplicationState.WITHDRAWN,
  by: 'applicant',
};

/**
 * Takes one step on an application. The applicant withdraws (`designation:apply` on its unit); the
 * authority's side takes it up, grants or rejects (`designation:decide` on the applicant, from a unit
 * strictly above it: nobody decides their own unit's application). A step the state does not allow
 * is a CONFLICT. Granting creates the designation; the row, its step, the designation and the audit
 * entry (naming the application and the designation) commit together.
 */
export async function takeApplicationStep(ctx: OrgContext, step: Step, input: ApplicationStepInput): Promise<DesignationApplicationEntity> {
  const id = parseId(input.applicationId, 'designation application');
  const note = input.note?.trim() || null;
  if (step === REJECT && !note) throw badUserInput('a rejection must give its reason (note)', { argument: 'input.note' });
  const application = await ctx.db.getRepository(DesignationApplicationEntity).findOneBy({ id });
  if (!application) throw notFound('designation application', id);
  if (step.by === 'applicant') await ctx.access.requireWrite('designation:apply', application.applicantUnitId);
  else await requireDecider(ctx, application);
  const day = input.on ?? chinaToday();
  try {
    return await ctx.db.transaction(async (manager) => {
      const applications = manager.getRepository(DesignationApplicationEntity);
      const current = await applications.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw notFound('designation application', id);
      if (!step.from.includes(current.state)) {
        throw conflict(`designation application ${id} is ${current.state}; only ${step.from.join(' or ')} can become ${step.to}`);
      }
      await assertDayInOrder(manager, current, day);
      const decided = step.to === ApplicationState.GRANTED || step.to === ApplicationState.REJECTED;
      let designationId: number | null = null;
      if (step.to === ApplicationState.GRANTED) designationId = await grant(manager, current, day);
      await applications.update(
        { id },
        {
          state: step.to,
          ...(decided ? { decidedOn: day, decisionNote: note } : {}),
          ...(designationId !== null ? { designationId } : {}),
        },
      );
      await recordStep(ctx, manager, id, step.to, day, note);
      await ctx.audit.record(manager, step.action, 'DesignationApplication', designationId === null ? [id] : [id, designationId], {
        reason: note,
        changes: {
          state: { from: current.state, to: step.to },
          ...(designationId !== null ? { designationId: { from: null, to: designationId } } : {}),
        },
      });
      return applications.findOneByOrFail({ id });
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505') {
      throw conflict(`org unit ${application.applicantUnitId} already holds "${application.title}"`);
    }
    throw err;
  }
}

/**
 * `designation:decide` on the applicant, from the authority that confers the designation or a unit
 * above it: Chengdu's center decides Chengdu's city-level points, not the county between them, and
 * nobody decides their own unit's application (the authority is always strictly above the applicant).
 */
async function requireDecider(ctx: OrgContext, application: DesignationApplicationEntity): Promise<void> {
  await ctx.access.requireWrite('designation:decide', application.applicantUnitId);
  const code = ctx.access.identity.orgUnitCode;
  if (!code) return;
  const units = ctx.db.getRepository(OrgUnitEntity);
  const [own, authority] = await Promise.all([units.findOneBy({ code }), units.findOneByOrFail({ id: application.authorityUnitId })]);
  if (!own || !authority.path.startsWith(own.path)) {
    throw forbidden(`a designation application is decided by its authority (${authority.code}) or a unit above it; ${code} is neither`);
  }
}

/** A step is dated on or after the application and the step before it. */
async function assertDayInOrder(manager: EntityManager, application: DesignationApplicationEntity, day: string): Promise<void> {
  const [last]: { taken_on: string }[] = await manager.query(
    `SELECT to_char(max(taken_on), 'YYYY-MM-DD') AS taken_on FROM org.designation_application_step WHERE application_id = $1`,
    [application.id],
  );
  const earliest = [application.appliedOn, last?.taken_on ?? application.appliedOn].sort().at(-1)!;
  if (day < earliest) throw badUserInput(`the step's day must not be before ${earliest}`, { argument: 'input.on' });
}

/** The designation the grant confers, named by the authority unit. */
async function grant(manager: EntityManager, application: DesignationApplicationEntity, day: string): Promise<number> {
  const authority = await manager.getRepository(OrgUnitEntity).findOneByOrFail({ id: application.authorityUnitId });
  const designations = manager.getRepository(DesignationEntity);
  const saved = await designations.save(
    designations.create({
      orgUnitId: application.applicantUnitId,
      kind: application.kind,
      title: application.title,
      grantedBy: authority.name,
      grantedOn: day,
      revokedOn: null,
    }),
  );
  return saved.id;
}
