import { badUserInput, conflict, notFound } from '@civic/runtime';
import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { ServiceRecordStatus } from '../service-record-status.enum';
import { ServiceRecordEntity } from '../service-record.entity';
import type { RecordServiceInput } from './record-service.input';
import { serviceHours } from './service-hours';

type RecordOutcome = 'RECORDED' | 'REPEATED' | 'KEY_CONFLICT' | 'NO_VOLUNTEER' | 'NO_UNIT' | 'OUT_OF_SCOPE' | 'NO_TEAM' | 'OVERLAP';

/**
 * Staff record hours they witnessed: the record is approved at once and added to the total. The
 * whole write is one statement: `volunteers.record_service_in_scope` (migrations 1764374595000 and
 * 1764374597000) holds the volunteer's row lock while it checks the caller's subtree against the
 * volunteer's home unit, the idempotency key, the team and overlaps, then inserts and adds to the
 * total; the audit entry is written by the same statement, so all of it commits or none. A repeated
 * idempotency key returns the first record (a second statement reads it).
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

  const scopeCode = ctx.access.writeScope('service:record');
  const recordedBy = ctx.access.identity.subject;
  const recordedAt = new Date();
  const audit = ctx.audit.entryInsert('recordService', 'ServiceRecord', 'ARRAY[w.id::text]', 12);
  const [{ outcome, id }]: { outcome: RecordOutcome; id: number | null }[] = await ctx.db.query(
    `WITH w AS (SELECT * FROM volunteers.record_service_in_scope($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)),
     entry AS (${audit.sql} FROM w WHERE w.outcome = 'RECORDED')
     SELECT outcome, id FROM w`,
    [scopeCode, volunteerId, teamId, campaignEventId, input.startedAt, input.endedAt, hours, description, key, recordedBy, recordedAt, ...audit.params],
  );
  const records = ctx.db.getRepository(ServiceRecordEntity);
  switch (outcome) {
    case 'RECORDED':
      return records.create({
        id: id!,
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
        recordedBy,
        reviewedBy: recordedBy,
        reviewedAt: recordedAt,
        reviewNote: null,
        createdAt: recordedAt,
      });
    case 'REPEATED':
      return records.findOneByOrFail({ id: id! });
    case 'KEY_CONFLICT':
      throw conflict(`idempotencyKey "${key}" was already used for another volunteer`);
    case 'NO_VOLUNTEER':
      throw notFound('volunteer', volunteerId);
    case 'NO_UNIT':
      throw notFound('org unit', id!);
    case 'OUT_OF_SCOPE':
      throw ctx.access.outsideScope('service:record', id!);
    case 'NO_TEAM':
      throw notFound('volunteer team', teamId ?? 0);
    case 'OVERLAP':
      throw badUserInput(`startedAt/endedAt overlap service record ${id} of volunteer ${volunteerId}`);
  }
}
