import { notFound } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../../loaders';
import type { CampaignEventEntity } from '../campaign-event.entity';

/**
 * The event an edit is aimed at, once the caller may edit it: a role that may record events, its
 * host inside the caller's subtree. The edit itself re-reads it locked (lockForEdit).
 */
export async function eventForEdit(ctx: CampaignsContext, id: string): Promise<CampaignEventEntity> {
  ctx.access.requirePermission('event:record');
  const eventId = parseId(id, 'campaign event');
  const event = await ctx.loaders.campaignEventById.load(String(eventId));
  if (!event) throw notFound('campaign event', eventId);
  await ctx.access.requireWrite('event:record', event.hostUnitId);
  return event;
}
