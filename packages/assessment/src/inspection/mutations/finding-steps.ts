import { badUserInput, conflict, notFound } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import type { AssessmentContext } from '../../loaders';
import { optionalText } from '../../shared/text';
import { FindingEntity } from '../finding.entity';
import { FindingState } from '../finding-state.enum';
import type { InspectionEntity } from '../inspection.entity';
import type { ReportFindingFixedInput, VerifyFindingFixInput } from './inspection.inputs';

const PERMISSION = 'inspection:write';

/** OPEN → FIXED: the unit reports the fix done, on a day not before the inspection. */
export async function reportFindingFixed(ctx: AssessmentContext, input: ReportFindingFixedInput): Promise<FindingEntity> {
  const { finding, inspection } = await findingForEdit(ctx, input.findingId);
  if (input.fixedOn < inspection.inspectedOn) {
    throw badUserInput(`fixedOn must not be before the inspection (${inspection.inspectedOn})`, { argument: 'input.fixedOn' });
  }
  return step(ctx, finding.id, FindingState.OPEN, FindingState.FIXED, 'reportFindingFixed', () => ({
    fixedOn: input.fixedOn,
    fixReport: input.report.trim(),
    fixedBy: ctx.access.identity.subject,
    fixedAt: new Date(),
  }));
}

/** FIXED → VERIFIED: the fix is checked and accepted, on a day not before it was fixed. */
export async function verifyFindingFix(ctx: AssessmentContext, input: VerifyFindingFixInput): Promise<FindingEntity> {
  const { finding } = await findingForEdit(ctx, input.findingId);
  return step(ctx, finding.id, FindingState.FIXED, FindingState.VERIFIED, 'verifyFindingFix', (current) => {
    if (input.verifiedOn < current.fixedOn!) {
      throw badUserInput(`verifiedOn must not be before the fix (${current.fixedOn})`, { argument: 'input.verifiedOn' });
    }
    return {
      verifiedOn: input.verifiedOn,
      verificationNote: optionalText(input.note),
      verifiedBy: ctx.access.identity.subject,
      verifiedAt: new Date(),
    };
  });
}

/** The finding and its inspection, once the caller holds inspection:write on the inspected unit. */
async function findingForEdit(ctx: AssessmentContext, id: string): Promise<{ finding: FindingEntity; inspection: InspectionEntity }> {
  ctx.access.requirePermission(PERMISSION);
  const findingId = parseId(id, 'inspection finding');
  const finding = await ctx.loaders.findingById.load(String(findingId));
  if (!finding) throw notFound('inspection finding', findingId);
  const inspection = (await ctx.loaders.inspectionById.load(String(finding.inspectionId)))!;
  await ctx.access.requireWrite(PERMISSION, inspection.orgUnitId);
  return { finding, inspection };
}

/**
 * Moves a finding one step on, or refuses with CONFLICT naming its state. The row is locked for the
 * step, so two staff acting at once cannot both move it; the step and its audit entry commit together.
 */
function step(
  ctx: AssessmentContext,
  id: number,
  from: FindingState,
  to: FindingState,
  action: string,
  changes: (current: FindingEntity) => Partial<FindingEntity>,
): Promise<FindingEntity> {
  return ctx.db.transaction(async (manager) => {
    const findings = manager.getRepository(FindingEntity);
    const current = await findings.findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (current.state !== from) {
      throw conflict(`inspection finding ${id} is ${current.state}; this step needs it to be ${from}`, { state: current.state });
    }
    const saved = await findings.save({ ...current, ...changes(current), state: to });
    await ctx.audit.record(manager, action, 'InspectionFinding', [id], { changes: { state: { from, to } } });
    return saved;
  });
}
