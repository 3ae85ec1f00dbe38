import { badUserInput } from '@civic/runtime';
import { chinaDate } from '@civic/subgraph-kit';
import type { CampaignEntity } from '../../campaign/campaign.entity';

/** Refuses an event whose day (China Standard Time) lies outside the campaign's period; open ends are open. */
export function assertInsideCampaignPeriod(campaign: CampaignEntity, heldAt: Date): void {
  const day = chinaDate(heldAt);
  const tooEarly = campaign.startsOn !== null && day < campaign.startsOn;
  const tooLate = campaign.endsOn !== null && day > campaign.endsOn;
  if (tooEarly || tooLate) {
    throw badUserInput(
      `heldAt ${day} (China Standard Time) is outside the period of campaign ${campaign.id}: ${campaign.startsOn ?? 'open'} to ${campaign.endsOn ?? 'open'}`,
      { argument: 'input.heldAt' },
    );
  }
}
