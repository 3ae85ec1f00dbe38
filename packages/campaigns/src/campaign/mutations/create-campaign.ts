import { badUserInput } from '@civic/runtime';
import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { CampaignEntity } from '../campaign.entity';
import type { CreateCampaignInput } from './create-campaign.input';

/** Creates a campaign organised by a unit inside the caller's subtree; row and audit entry commit together. */
export async function createCampaign(ctx: SubgraphContext, input: CreateCampaignInput): Promise<CampaignEntity> {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) throw badUserInput('name must be 1 to 200 characters');
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) throw badUserInput('endsOn must not be before startsOn');
  if (input.eventTarget != null && input.eventTarget < 0) throw badUserInput('eventTarget must be 0 or more');
  const description = input.description?.trim() || null;
  if (description && description.length > 2000) throw badUserInput('description must be at most 2000 characters');
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
        description,
        createdAt: new Date(),
      }),
    );
    await ctx.audit.record(manager, 'createCampaign', 'Campaign', [campaign.id]);
    return campaign;
  });
}
