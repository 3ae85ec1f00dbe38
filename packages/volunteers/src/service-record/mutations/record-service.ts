import { badUserInput, conflict, notFound } from '@civic/runtime';
import { namedArguments, parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { ServiceRecordStatus } from '../service-record-status.enum';
import { ServiceRecordEntity } from '../service-record.entity';
import type { RecordServiceInput } from './record-service.input';
import { serviceHours } from './service-hours';

type RecordOutcome = 'RECORDED' | 'REPEATED' | 'KEY_CONFLICT' | 'NO_VOLUNTEER' | 'NO_UNIT' | 'OUT_OF_SCOPE' | 'NO_TEAM' | 'OVERLAP';

/**
 * Staff record hours they witnessed: the record is approved at once and added to the total. The
 * whole write is one statement: `volunteers.record_service_in_scope` (this package's
 * sql/record_service_in_scope.sql and sql/record_service.sql) holds the volunteer's row lock while
 * it checks the caller's subtree against the volunteer's home unit, the idempotency key, the team
 * and overlaps, then inserts and adds to the total; the audit entry is written by the same
 * statement, so all of it commits or none. A repeated idempotency key returns the first record (a
 * second statement reads it).
 */
export async function recordService(ctx: SubgraphContext, input: RecordServiceInput): Promise<ServiceRecordEntity> {
  const volunteerId = parseId(input.volunteerId, 'volunteer');
  const teamId = input.teamId ? parseId(input.teamId, 'volunteer team') : null;
  const campaignEventId = input.campaignEventId ? parseId(input.campaignEventId, 'campaign event') : null;
  const hours = serviceHours(input.startedAt, input.endedAt);
  const description = input.description?.trim() || null;
  const key = input.idempotencyKey?.trim() || null;

  const scopeCode = ctx.access.writeScope('service:record');
  const recordedBy = ctx.access.identity.subject;
  const recordedAt = new Date();
  const call = namedArguments({
    p_scope_code: scopeCode,
    p_volunteer_id: volunteerId,
    p_team_id: teamId,
    p_campaign_event_id: campaignEventId,
    p_started_at: input.startedAt,
    p_ended_at: input.endedAt,
    p_hours: hours,
    p_description: description,
    p_idempotency_key: key,
    p_recorded_by: recordedBy,
    p_recorded_at: recordedAt,
  });
  const audit = ctx.audit.entryInsert('recordService', 'ServiceRecord', 'ARRAY[w.id::text]', call.params.length + 1);
  const [{ outcome, id }]: { outcome: RecordOutcome; id: number | null }[] = await ctx.db.query(
    `WITH w AS (SELECT * FROM volunteers.record_service_in_scope(${call.sql})),
     entry AS (${audit.sql} FROM w WHERE w.outcome = 'RECORDED')
     SELECT outcome, id FROM w`,
    [...call.params, ...audit.params],
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
        version: 1,
        voidedAt: null,
        voidedBy: null,
        voidReason: null,
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
