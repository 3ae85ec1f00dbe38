import type { EntityManager } from 'typeorm';
import type { OrgContext } from '../../loaders';
import type { ApplicationState } from '../application-state.enum';
import { ApplicationStepEntity } from '../application-step.entity';

/** Writes one step of an application with the caller's identity, as the audit log records it. */
export async function recordStep(
  ctx: OrgContext,
  manager: EntityManager,
  applicationId: number,
  state: ApplicationState,
  takenOn: string,
  note: string | null,
): Promise<void> {
  const { subject, role, orgUnitCode } = ctx.access.identity;
  const steps = manager.getRepository(ApplicationStepEntity);
  await steps.insert(
    steps.create({ applicationId, state, takenOn, actor: subject, actorRole: role, actorOrgUnit: orgUnitCode ?? null, note }),
  );
}
