import { badUserInput, conflict, notFound, parseId, type SubgraphContext } from '@civic/kernel';
import { ServiceRecordStatus } from '../service-record-status.enum';
import { ServiceRecordEntity } from '../service-record.entity';
import type { RecordServiceInput } from './record-service.input';
import { serviceHours } from './service-hours';

/** What the checks after the lock found: the record already holding the key, whether the team exists, an overlapping record. */
interface RecordChecks {
  earlier_id: number | null;
  earlier_volunteer_id: number | null;
  team_exists: boolean;
  clash_id: number | null;
}

/**
 * Staff record hours they witnessed: the record is approved at once and added to the total, in one
 * transaction that holds the volunteer's row lock from its first statement, so the key and overlap
 * checks and the total see one settled state. A repeated idempotency key returns the first record.
 * Seven statements in all: home unit (for the scope check), begin, lock, checks, record with total,
 * audit entry, commit.
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

  // The scope check may need a pooled connection of its own, so it comes before the transaction takes one.
  const home = await ctx.db.query(`SELECT home_unit_id FROM volunteers.volunteer WHERE id = $1`, [volunteerId]);
  if (home.length === 0) throw notFound('volunteer', volunteerId);
  await ctx.access.requireWrite('service:record', home[0].home_unit_id);

  return ctx.db.transaction(async (manager) => {
    await manager.query(`SELECT 1 FROM volunteers.volunteer WHERE id = $1 FOR UPDATE`, [volunteerId]);

    const [checks]: RecordChecks[] = await manager.query(
      `SELECT e.id AS earlier_id, e.volunteer_id AS earlier_volunteer_id,
              ($2::int IS NULL OR EXISTS (SELECT 1 FROM volunteers.volunteer_team t WHERE t.id = $2)) AS team_exists,
              (SELECT r.id FROM volunteers.service_record r
               WHERE r.volunteer_id = $3 AND r.status <> 'REJECTED' AND r.started_at < $5 AND r.ended_at > $4 LIMIT 1) AS clash_id
       FROM (SELECT 1) one LEFT JOIN volunteers.service_record e ON e.idempotency_key = $1`,
      [key, teamId, volunteerId, input.startedAt, input.endedAt],
    );
    const records = manager.getRepository(ServiceRecordEntity);
    if (checks.earlier_id !== null) {
      if (checks.earlier_volunteer_id !== volunteerId) throw conflict(`idempotencyKey "${key}" was already used for another volunteer`);
      return records.findOneByOrFail({ id: checks.earlier_id });
    }
    if (!checks.team_exists) throw notFound('volunteer team', teamId ?? 0);
    if (checks.clash_id !== null) throw badUserInput(`startedAt/endedAt overlap service record ${checks.clash_id} of volunteer ${volunteerId}`);

    const now = new Date();
    const record = records.create({
      volunteerId,
      teamId,
      campaignEventId,
      startedAt: input.startedAt,
      endedAt: input.endedAt,
      hours,
      description,
      idempotencyKey: key,
      status: ServiceRecordStatus.APPROVED,
      activityId: null,
      recordedBy: ctx.access.identity.subject,
      reviewedBy: ctx.access.identity.subject,
      reviewedAt: now,
      reviewNote: null,
      createdAt: now,
    });
    const [inserted]: { id: number }[] = await manager.query(
      `WITH inserted AS (
         INSERT INTO volunteers.service_record
           (volunteer_id, team_id, campaign_event_id, started_at, ended_at, hours, description, idempotency_key, status, recorded_by, reviewed_by, reviewed_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $11)
         RETURNING id
       ),
       total AS (
         UPDATE volunteers.volunteer SET total_service_hours = total_service_hours + $6 WHERE id = $1
       )
       SELECT id FROM inserted`,
      [volunteerId, teamId, campaignEventId, input.startedAt, input.endedAt, hours, description, key, record.status, record.recordedBy, now],
    );
    record.id = inserted.id;
    await ctx.audit.record(manager, 'recordService', 'ServiceRecord', [record.id]);
    return record;
  });
}
