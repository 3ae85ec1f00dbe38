import type { EntityManager } from 'typeorm';
import { badUserInput, conflict, notFound } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import type { OrgContext } from '../../loaders';
import { OrgUnitEntity } from '../../org-unit/org-unit.entity';
import { ApplicationState } from '../application-state.enum';
import { DesignationApplicationEntity } from '../designation-application.entity';
import type { ApplyForDesignationInput } from './application.inputs';
import { recordStep } from './application-step';

/**
 * A unit applies for a designation (`designation:apply` on the applicant). The authority must be a
 * unit strictly above it; an open application for the same title, or the designation already held,
 * is a CONFLICT. The application, its first step and the audit entry commit together.
 */
export async function applyForDesignation(ctx: OrgContext, input: ApplyForDesignationInput): Promise<DesignationApplicationEntity> {
  const applicantUnitId = parseId(input.applicantUnitId, 'org unit');
  const authorityUnitId = parseId(input.authorityUnitId, 'org unit');
  await ctx.access.requireWrite('designation:apply', applicantUnitId);
  const title = input.title.trim();
  try {
    return await ctx.db.transaction(async (manager) => {
      const [applicant, authority] = await unitsOf(manager, applicantUnitId, authorityUnitId);
      if (!authority) throw notFound('org unit', authorityUnitId);
      if (applicant.closedOn) throw badUserInput(`org unit ${applicantUnitId} is closed`, { argument: 'input.applicantUnitId' });
      if (!applicant.path.startsWith(authority.path) || applicant.id === authority.id) {
        throw badUserInput(`the authority (${authority.name}) must be a unit above the applicant (${applicant.name})`, {
          argument: 'input.authorityUnitId',
        });
      }
      const held: unknown[] = await manager.query(
        `SELECT 1 FROM org.designation WHERE org_unit_id = $1 AND kind = $2 AND title = $3 AND revoked_on IS NULL`,
        [applicantUnitId, input.kind, title],
      );
      if (held.length > 0) throw conflict(`org unit ${applicantUnitId} already holds "${title}"`);
      const applications = manager.getRepository(DesignationApplicationEntity);
      const saved = await applications.save(
        applications.create({
          applicantUnitId,
          authorityUnitId,
          kind: input.kind,
          title,
          appliedOn: input.appliedOn,
          reason: input.reason.trim(),
          materials: input.materials?.trim() || null,
          state: ApplicationState.SUBMITTED,
          decidedOn: null,
          decisionNote: null,
          designationId: null,
        }),
      );
      await recordStep(ctx, manager, saved.id, ApplicationState.SUBMITTED, input.appliedOn, null);
      await ctx.audit.record(manager, 'applyForDesignation', 'DesignationApplication', [saved.id]);
      return applications.findOneByOrFail({ id: saved.id });
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505') {
      throw conflict(`org unit ${applicantUnitId} already has an open application for "${title}"`);
    }
    throw err;
  }
}

async function unitsOf(manager: EntityManager, applicantId: number, authorityId: number): Promise<[OrgUnitEntity, OrgUnitEntity | null]> {
  const rows = await manager.getRepository(OrgUnitEntity).findBy([{ id: applicantId }, { id: authorityId }]);
  const applicant = rows.find((row) => row.id === applicantId);
  if (!applicant) throw notFound('org unit', applicantId);
  return [applicant, rows.find((row) => row.id === authorityId) ?? null];
}
