import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { EVENT_FORMAT_LABELS, EventFormat } from '../campaign-event/event-format.enum';
import { VENUE_TYPE_LABELS, VenueType } from '../campaign-event/venue-type.enum';
import { BreakdownDimension } from './breakdown-dimension.enum';
import { CAMPAIGN_BREAKDOWN_SQL } from './campaign-breakdown.sql';
import type { StatsBucket } from './stats-bucket.type';

export interface BreakdownKey {
  campaignId: number;
  by: BreakdownDimension;
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
      const rows: BucketRow[] = await db.query(CAMPAIGN_BREAKDOWN_SQL, [keys.map((k) => k.campaignId), keys.map((k) => k.by)]);
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
      return keys.map((key, i) => inEnumOrder(key.by, byOrd.get(i + 1) ?? []));
    },
    { cacheKeyFn: (key) => `${key.campaignId}:${key.by}` },
  );
}

function labelOf(by: BreakdownDimension, key: string): string {
  if (by === BreakdownDimension.VENUE_TYPE) return VENUE_TYPE_LABELS[key as VenueType] ?? key;
  if (by === BreakdownDimension.FORMAT) return EVENT_FORMAT_LABELS[key as EventFormat] ?? key;
  const [year, month] = key.split('-');
  return `${year}年${Number(month)}月`;
}

const ENUM_ORDER: Partial<Record<BreakdownDimension, string[]>> = {
  [BreakdownDimension.VENUE_TYPE]: Object.values(VenueType),
  [BreakdownDimension.FORMAT]: Object.values(EventFormat),
};

/** Venue types and formats come in the enum's order (the "five intos" first); months and units as the statement sorted them. */
function inEnumOrder(by: BreakdownDimension, buckets: StatsBucket[]): StatsBucket[] {
  const order = ENUM_ORDER[by];
  return order ? [...buckets].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)) : buckets;
}
