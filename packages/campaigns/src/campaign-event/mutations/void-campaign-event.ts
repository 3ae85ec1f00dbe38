import { conflict } from '@civic/runtime';
import { lockForEdit } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../../loaders';
import { CampaignEventEntity } from '../campaign-event.entity';
import { eventForEdit } from './event-for-edit';
import type { VoidCampaignEventInput } from './void-campaign-event.input';

/**
 * Voids an event with a reason, on the version read: it stays, with the reason, for the record and
 * the audit trail, but counts in no figure from then on (the roll-up triggers subtract it in the
 * same transaction) and leaves the default lists.
 */
export async function voidCampaignEvent(ctx: CampaignsContext, input: VoidCampaignEventInput): Promise<CampaignEventEntity> {
  const current = await eventForEdit(ctx, input.id);
  const reason = input.reason.trim();
  return ctx.db.transaction(async (manager) => {
    const event = await lockForEdit(manager, CampaignEventEntity, current.id, input.expectedVersion, 'campaign event');
    if (event.voidedAt !== null) throw conflict(`campaign event ${event.id} is already voided`);
    const saved = await manager.getRepository(CampaignEventEntity).save({ ...event, voidedAt: new Date(), voidReason: reason });
    await ctx.audit.record(manager, 'voidCampaignEvent', 'CampaignEvent', [saved.id], {
      reason,
      changes: { voidedAt: { from: null, to: saved.voidedAt } },
    });
    return saved;
  });
}
