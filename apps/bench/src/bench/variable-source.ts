import type { SampleData } from './sample-data';

/**
 * Variables for every request, drawn in turn from the sampled ids (shuffled by the database), so
 * consecutive requests never ask for the same thing. Writes get fresh, non-overlapping values:
 * service records go to a different volunteer each time (a volunteer comes round again only
 * after all others, then 7 minutes earlier), with a 6-minute span ending a day before the run, or
 * before the records an earlier run wrote into the same database (a repeated slot would be refused
 * as an overlap).
 */
export class VariableSource {
  private readonly cursor = new Map<string, number>();
  private writes = 0;
  readonly touchedVolunteers = new Set<number>();
  readonly redeemers = new Set<number>();
  private redemptions = 0;
  private readonly base: number;

  constructor(
    readonly data: SampleData,
    readonly runId: string,
  ) {
    const dayAgo = Date.now() - 24 * 3_600_000;
    const beforeEarlierRuns = data.earliestBenchRecord === null ? dayAgo : Math.min(dayAgo, data.earliestBenchRecord - 7 * 60_000);
    this.base = Math.floor(beforeEarlierRuns / 60_000) * 60_000;
  }

  next<T>(label: string, list: readonly T[]): T {
    const i = this.cursor.get(label) ?? 0;
    this.cursor.set(label, i + 1);
    return list[i % list.length];
  }

  unitCode(): string {
    return this.next('unit', this.data.unitCodes);
  }

  centerCode(): string {
    return this.next('center', this.data.centerCodes);
  }

  unitSearch(): string {
    return this.next('unit-search', this.data.unitSearches);
  }

  volunteerId(): string {
    return String(this.next('volunteer', this.data.volunteerIds));
  }

  campaignId(): string {
    return String(this.next('campaign', this.data.campaigns).id);
  }

  programId(): string {
    return String(this.next('program', this.data.programIds));
  }

  recordServiceInput(): Record<string, unknown> {
    const k = this.writes++;
    const ids = this.data.volunteerIds;
    const volunteer = ids[k % ids.length];
    this.touchedVolunteers.add(volunteer);
    const start = this.base - Math.floor(k / ids.length) * 7 * 60_000;
    return {
      volunteerId: String(volunteer),
      startedAt: new Date(start).toISOString(),
      endedAt: new Date(start + 6 * 60_000).toISOString(),
      description: '基准测试服务（bench）',
      idempotencyKey: `bench-${this.runId}-${k}`,
    };
  }

  /** A redemption of one of the cheapest goods by the next points holder, under a key never used before. */
  redeemGoodsInput(): Record<string, unknown> {
    const k = this.redemptions++;
    const volunteer = this.next('redeemer', this.data.pointsHolders);
    this.redeemers.add(volunteer);
    return {
      volunteerId: String(volunteer),
      goodsId: String(this.next('goods', this.data.cheapGoodsIds)),
      quantity: 1,
      idempotencyKey: `bench-${this.runId}-redeem-${k}`,
    };
  }

  rankingSchemeId(): string {
    return String(this.data.largestCountySchemeId);
  }

  campaignEventInput(): Record<string, unknown> {
    const campaign = this.next('campaign-write', this.data.campaigns);
    return {
      campaignId: String(campaign.id),
      title: '基准测试场次（bench）',
      heldAt: `${campaign.startsOn}T10:00:00+08:00`,
      format: 'LECTURE',
      venueType: 'COMMUNITY',
      hostId: String(campaign.hostId),
      audienceCount: 50,
    };
  }

  station(): { unitId: number; teamId: number } {
    return this.next('station', this.data.stations);
  }
}
