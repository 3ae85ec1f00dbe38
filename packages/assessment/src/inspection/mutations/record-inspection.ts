import type { EntityManager } from 'typeorm';
import { badUserInput, notFound } from '@civic/runtime';
import { pathWithin, UNIT_TREE } from '@civic/org-tree';
import { parseId } from '@civic/subgraph-kit';
import type { AssessmentContext } from '../../loaders';
import { FindingEntity } from '../finding.entity';
import { FindingState } from '../finding-state.enum';
import { InspectionEntity } from '../inspection.entity';
import type { AddInspectionFindingInput, InspectionFindingInput, RecordInspectionInput } from './inspection.inputs';

const PERMISSION = 'inspection:write';

/** Records an inspection of a unit inside the caller's subtree (inspection:write), with its findings, in one transaction. */
export async function recordInspection(ctx: AssessmentContext, input: RecordInspectionInput): Promise<InspectionEntity> {
  const orgUnitId = parseId(input.orgUnitId, 'org unit');
  const schemeId = input.schemeId ? parseId(input.schemeId, 'assessment scheme') : null;
  await ctx.access.requireWrite(PERMISSION, orgUnitId);
  const findings = input.findings ?? [];
  findings.forEach((finding, i) => checkDue(finding, input.inspectedOn, `input.findings.${i}.dueOn`));
  if (schemeId !== null) await checkUnderScheme(ctx, schemeId, orgUnitId);
  return ctx.db.transaction(async (manager) => {
    const inspections = manager.getRepository(InspectionEntity);
    const saved = await inspections.save(
      inspections.create({
        schemeId,
        orgUnitId,
        inspectedOn: input.inspectedOn,
        inspectors: input.inspectors.trim(),
        summary: input.summary.trim(),
        createdBy: ctx.access.identity.subject,
        createdAt: new Date(),
      }),
    );
    const findingIds = [];
    for (const finding of findings) findingIds.push((await insertFinding(ctx, manager, saved.id, finding)).id);
    await ctx.audit.record(manager, 'recordInspection', 'Inspection', [saved.id]);
    if (findingIds.length > 0) await ctx.audit.record(manager, 'addInspectionFinding', 'InspectionFinding', findingIds);
    return saved;
  });
}

/** Adds a fix to an inspection, due on or after its day (inspection:write on the inspected unit). Answers the inspection. */
export async function addInspectionFinding(ctx: AssessmentContext, input: AddInspectionFindingInput): Promise<InspectionEntity> {
  ctx.access.requirePermission(PERMISSION);
  const inspectionId = parseId(input.inspectionId, 'inspection');
  const inspection = await ctx.loaders.inspectionById.load(String(inspectionId));
  if (!inspection) throw notFound('inspection', inspectionId);
  await ctx.access.requireWrite(PERMISSION, inspection.orgUnitId);
  checkDue(input, inspection.inspectedOn, 'input.dueOn');
  return ctx.db.transaction(async (manager) => {
    const finding = await insertFinding(ctx, manager, inspection.id, input);
    await ctx.audit.record(manager, 'addInspectionFinding', 'InspectionFinding', [finding.id]);
    return inspection;
  });
}

function checkDue(finding: InspectionFindingInput, inspectedOn: string, argument: string): void {
  if (finding.dueOn < inspectedOn) throw badUserInput(`dueOn must not be before the inspection (${inspectedOn})`, { argument });
}

/** An inspection under a scheme is of a unit the scheme covers: inside its owner's subtree. */
async function checkUnderScheme(ctx: AssessmentContext, schemeId: number, orgUnitId: number): Promise<void> {
  const scheme = await ctx.loaders.schemeById.load(String(schemeId));
  if (!scheme) throw notFound('assessment scheme', schemeId);
  const [inside] = await ctx.db.query(
    `SELECT 1 FROM ${UNIT_TREE} owner JOIN ${UNIT_TREE} u ON ${pathWithin('u.path', 'owner.path')} WHERE owner.id = $1 AND u.id = $2`,
    [scheme.ownerUnitId, orgUnitId],
  );
  if (!inside) {
    throw badUserInput(`org unit ${orgUnitId} is not inside the subtree of scheme ${schemeId}'s owner unit`, {
      argument: 'input.schemeId',
    });
  }
}

function insertFinding(ctx: AssessmentContext, manager: EntityManager, inspectionId: number, finding: InspectionFindingInput) {
  const findings = manager.getRepository(FindingEntity);
  return findings.save(
    findings.create({
      inspectionId,
      requiredFix: finding.requiredFix.trim(),
      dueOn: finding.dueOn,
      state: FindingState.OPEN,
      fixedOn: null,
      fixReport: null,
      fixedBy: null,
      fixedAt: null,
      verifiedOn: null,
      verificationNote: null,
      verifiedBy: null,
      verifiedAt: null,
      createdBy: ctx.access.identity.subject,
      createdAt: new Date(),
    }),
  );
}
