import { badUserInput, conflict, notFound } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import { EventFormat } from '../../campaign-event/event-format.enum';
import { CampaignEventEntity } from '../../campaign-event/campaign-event.entity';
import { eventForEdit } from '../../campaign-event/mutations/event-for-edit';
import type { CampaignsContext } from '../../loaders';
import { EventParticipantEntity } from '../event-participant.entity';
import type { AddEventParticipantInput } from './add-event-participant.input';
import type { SetEventOnlineReachInput } from './set-online-reach.input';

/** Adds a named person to an event (event:record on its host); row and audit entry commit together. */
export async function addEventParticipant(ctx: CampaignsContext, input: AddEventParticipantInput): Promise<EventParticipantEntity> {
  const event = await eventForEdit(ctx, input.eventId);
  const roleModelId = input.roleModelId ? parseId(input.roleModelId, 'role model') : null;
  const volunteerId = input.volunteerId ? parseId(input.volunteerId, 'volunteer') : null;
  if (roleModelId !== null && !(await ctx.loaders.roleModelById.load(String(roleModelId)))) throw notFound('role model', roleModelId);
  return ctx.db.transaction(async (manager) => {
    const participants = manager.getRepository(EventParticipantEntity);
    const participant = await participants.save(
      participants.create({
        eventId: event.id,
        role: input.role,
        name: input.name.trim(),
        position: input.position?.trim() || null,
        volunteerId,
        roleModelId,
      }),
    );
    await ctx.audit.record(manager, 'addEventParticipant', 'EventParticipant', [participant.id], {
      changes: { eventId: { from: null, to: event.id } },
    });
    return participant;
  });
}

/** Removes a person from an event (event:record on its host); returns the event. */
export async function removeEventParticipant(ctx: CampaignsContext, id: string): Promise<CampaignEventEntity> {
  ctx.access.requirePermission('event:record');
  const participantId = parseId(id, 'event participant');
  const participant = await ctx.db.getRepository(EventParticipantEntity).findOneBy({ id: participantId });
  if (!participant) throw notFound('event participant', participantId);
  const event = await eventForEdit(ctx, String(participant.eventId));
  await ctx.db.transaction(async (manager) => {
    const rows: unknown[] = await manager.query(
      `WITH gone AS (DELETE FROM campaigns.event_participant WHERE id = $1 RETURNING 1) SELECT * FROM gone`,
      [participantId],
    );
    if (rows.length === 0) throw conflict(`event participant ${participantId} was already removed`);
    await ctx.audit.record(manager, 'removeEventParticipant', 'EventParticipant', [participantId], {
      changes: { eventId: { from: event.id, to: null }, name: { from: participant.name, to: null } },
    });
  });
  return event;
}

/** Sets the reach of an ONLINE event (event:record on its host); any other format is BAD_USER_INPUT. */
export async function setEventOnlineReach(ctx: CampaignsContext, input: SetEventOnlineReachInput): Promise<CampaignEventEntity> {
  const event = await eventForEdit(ctx, input.eventId);
  if (event.format !== EventFormat.ONLINE) {
    throw badUserInput(`campaign event ${event.id} was held ${event.format}, not ONLINE: only online events have an online reach`, {
      argument: 'input.eventId',
    });
  }
  const given: Partial<CampaignEventEntity> = {};
  if (input.views !== undefined) given.onlineViews = input.views;
  if (input.participants !== undefined) given.onlineParticipants = input.participants;
  if (input.platform !== undefined) given.onlinePlatform = input.platform?.trim() || null;
  return ctx.db.transaction(async (manager) => {
    const before = await manager
      .getRepository(CampaignEventEntity)
      .createQueryBuilder('event')
      .setLock('pessimistic_write')
      .where('event.id = :id', { id: event.id })
      .getOneOrFail();
    const saved = await manager.getRepository(CampaignEventEntity).save({ ...before, ...given });
    const changes = Object.fromEntries(
      (['onlineViews', 'onlineParticipants', 'onlinePlatform'] as const)
        .filter((field) => before[field] !== saved[field])
        .map((field) => [field, { from: before[field], to: saved[field] }]),
    );
    await ctx.audit.record(manager, 'setEventOnlineReach', 'CampaignEvent', [event.id], { changes });
    return saved;
  });
}
