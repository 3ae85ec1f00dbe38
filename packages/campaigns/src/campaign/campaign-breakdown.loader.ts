import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { monthLabel, monthsOfPeriod, periodBounds, type Period } from '@civic/subgraph-kit';
import { EVENT_FORMAT_LABELS, EventFormat } from '../campaign-event/event-format.enum';
import { VENUE_TYPE_LABELS, VenueType } from '../campaign-event/venue-type.enum';
import { BreakdownDimension } from './breakdown-dimension.enum';
import { CAMPAIGN_BREAKDOWN_SQL } from './campaign-breakdown.sql';
import type { StatsBucket } from './stats-bucket.type';

export interface BreakdownKey extends Period {
  campaignId: number;
  by: BreakdownDimension;
  /** Leave out child units without events (ORG_UNIT). */
  skipEmptyUnits: boolean;
}

interface BucketRow {
  ord: string;
  key: string;
  label: string | null;
  event_count: string | number;
  audience_total: string | number;
}

/** Every breakdown of every campaign asked in one request, in one statement. */
export function campaignBreakdownLoader(db: DataSource): DataLoader<BreakdownKey, StatsBucket[], string> {
  return new DataLoader<BreakdownKey, StatsBucket[], string>(
    async (keys) => {
      const bounds = keys.map((key) => periodBounds(key));
      const rows: BucketRow[] = await db.query(CAMPAIGN_BREAKDOWN_SQL, [
        keys.map((k) => k.campaignId),
        keys.map((k) => k.by),
        bounds.map((b) => b.start),
        bounds.map((b) => b.end),
        keys.map((k) => k.skipEmptyUnits),
      ]);
      const byOrd = new Map<number, StatsBucket[]>();
      for (const row of rows) {
        const ord = Number(row.ord);
        const by = keys[ord - 1].by;
        const bucket = {
          key: row.key,
          label: row.label ?? labelOf(by, row.key),
          eventCount: Number(row.event_count),
          audienceTotal: Number(row.audience_total),
        };
        byOrd.set(ord, [...(byOrd.get(ord) ?? []), bucket]);
      }
      return keys.map((key, i) => {
        const buckets = byOrd.get(i + 1) ?? [];
        return key.by === BreakdownDimension.MONTH ? withEveryMonth(key, buckets) : inEnumOrder(key.by, buckets);
      });
    },
    { cacheKeyFn: (key) => `${key.campaignId}:${key.by}:${key.from ?? ''}:${key.to ?? ''}:${key.skipEmptyUnits}` },
  );
}

function labelOf(by: BreakdownDimension, key: string): string {
  if (by === BreakdownDimension.VENUE_TYPE) return VENUE_TYPE_LABELS[key as VenueType] ?? key;
  if (by === BreakdownDimension.FORMAT) return EVENT_FORMAT_LABELS[key as EventFormat] ?? key;
  return monthLabel(key);
}

/** With a closed period, every month of it, zeros where nothing was held; otherwise the months with events. */
function withEveryMonth(period: Period, buckets: StatsBucket[]): StatsBucket[] {
  const months = monthsOfPeriod(period);
  if (months.length === 0) return buckets;
  const byMonth = new Map(buckets.map((bucket) => [bucket.key, bucket]));
  return months.map((month) => byMonth.get(month) ?? { key: month, label: monthLabel(month), eventCount: 0, audienceTotal: 0 });
}

const ENUM_ORDER: Partial<Record<BreakdownDimension, string[]>> = {
  [BreakdownDimension.VENUE_TYPE]: Object.values(VenueType),
  [BreakdownDimension.FORMAT]: Object.values(EventFormat),
};

/** Venue types and formats come in the enum's order (the "five intos" first); units as the statement sorted them. */
function inEnumOrder(by: BreakdownDimension, buckets: StatsBucket[]): StatsBucket[] {
  const order = ENUM_ORDER[by];
  return order ? [...buckets].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)) : buckets;
}
