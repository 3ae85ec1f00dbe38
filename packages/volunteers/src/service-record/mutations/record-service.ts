import { badUserInput, conflict, notFound, parseId, type SubgraphContext } from '@civic/kernel';
import { VolunteerTeamEntity } from '../../team/volunteer-team.entity';
import { ServiceRecordStatus } from '../service-record-status.enum';
import { ServiceRecordEntity } from '../service-record.entity';
import type { RecordServiceInput } from './record-service.input';
import { addToTotal, assertNoOverlap, lockVolunteer, serviceHours } from './service-hours';

/**
 * Staff record hours they witnessed: the record is approved at once and added to the total, in one
 * transaction that holds the volunteer's row lock. A repeated idempotency key returns the first record.
 */
export async function recordService(ctx: SubgraphContext, input: RecordServiceInput): Promise<ServiceRecordEntity> {
  const volunteerId = parseId(input.volunteerId, 'volunteer');
  const teamId = input.teamId ? parseId(input.teamId, 'volunteer team') : null;
  const campaignEventId = input.campaignEventId ? parseId(input.campaignEventId, 'campaign event') : null;
  const hours = serviceHours(input.startedAt, input.endedAt);
  const description = input.description?.trim() || null;
  if (description && description.length > 500) throw badUserInput('description must be at most 500 characters');
  const key = input.idempotencyKey?.trim() || null;
  if (key && key.length > 100) throw badUserInput('idempotencyKey must be at most 100 characters');

  const home = await ctx.db.query(`SELECT home_unit_id FROM volunteers.volunteer WHERE id = $1`, [volunteerId]);
  if (home.length === 0) throw notFound('volunteer', volunteerId);
  await ctx.access.requireWrite('service:record', home[0].home_unit_id);

  return ctx.db.transaction(async (manager) => {
    await lockVolunteer(manager, volunteerId);
    const records = manager.getRepository(ServiceRecordEntity);
    if (key) {
      const earlier = await records.findOneBy({ idempotencyKey: key });
      if (earlier && earlier.volunteerId !== volunteerId) throw conflict(`idempotencyKey "${key}" was already used for another volunteer`);
      if (earlier) return earlier;
    }
    if (teamId !== null && !(await manager.getRepository(VolunteerTeamEntity).existsBy({ id: teamId }))) throw notFound('volunteer team', teamId);
    await assertNoOverlap(manager, volunteerId, input.startedAt, input.endedAt);
    const record = await records.save(
      records.create({
        volunteerId,
        teamId,
        campaignEventId,
        startedAt: input.startedAt,
        endedAt: input.endedAt,
        hours,
        description,
        idempotencyKey: key,
        status: ServiceRecordStatus.APPROVED,
        recordedBy: ctx.access.identity.subject,
        reviewedBy: ctx.access.identity.subject,
        reviewedAt: new Date(),
        createdAt: new Date(),
      }),
    );
    await addToTotal(manager, record);
    await ctx.audit.record(manager, 'recordService', 'ServiceRecord', [record.id]);
    return record;
  });
}
