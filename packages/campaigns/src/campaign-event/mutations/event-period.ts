import { badUserInput } from '@civic/kernel';
import type { CampaignEntity } from '../../campaign/campaign.entity';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day of an instant in China Standard Time (UTC+8, no daylight saving). */
export function chinaDay(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Refuses an event whose day (China Standard Time) lies outside the campaign's period; open ends are open. */
export function assertInsideCampaignPeriod(campaign: CampaignEntity, heldAt: Date): void {
  const day = chinaDay(heldAt);
  const tooEarly = campaign.startsOn !== null && day < campaign.startsOn;
  const tooLate = campaign.endsOn !== null && day > campaign.endsOn;
  if (tooEarly || tooLate) {
    throw badUserInput(
      `heldAt ${day} (China Standard Time) is outside the period of campaign ${campaign.id}: ${campaign.startsOn ?? 'open'} to ${campaign.endsOn ?? 'open'}`,
      { argument: 'heldAt' },
    );
  }
}
