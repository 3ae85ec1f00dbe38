import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { CampaignEntity } from '../campaign.entity';
import type { CreateCampaignInput } from './create-campaign.input';

/** Creates a campaign organised by a unit inside the caller's subtree; row and audit entry commit together. */
export async function createCampaign(ctx: SubgraphContext, input: CreateCampaignInput): Promise<CampaignEntity> {
  const name = input.name.trim();
  const description = input.description?.trim() || null;
  const organizerUnitId = parseId(input.organizerId, 'org unit');
  await ctx.access.requireWrite('campaign:write', organizerUnitId);

  return ctx.db.transaction(async (manager) => {
    const campaigns = manager.getRepository(CampaignEntity);
    const campaign = await campaigns.save(
      campaigns.create({
        name,
        kind: input.kind,
        organizerUnitId,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        eventTarget: input.eventTarget ?? null,
        audienceTarget: input.audienceTarget ?? null,
        closedAt: null,
        closeReason: null,
        description,
        createdAt: new Date(),
      }),
    );
    await ctx.audit.record(manager, 'createCampaign', 'Campaign', [campaign.id]);
    return campaign;
  });
}
