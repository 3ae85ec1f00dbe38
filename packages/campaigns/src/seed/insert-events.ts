import type { EntityManager } from 'typeorm';
import type { HostUnits } from './host-units';
import { HUIDONG_CAMPAIGNS as H, type PlannedCampaign } from './huidong.data';

/**
 * Inserts a campaign and its events, deterministically: venue types cycle fastest and formats
 * next, so every pairing occurs, and the topic changes after each full cycle; dates are spread
 * over the campaign's span (a year from its start when it is open-ended); every third event is
 * hosted by a township institute, the rest by village and community stations.
 */
export async function insertCampaignWithEvents(
  manager: EntityManager,
  plan: PlannedCampaign,
  organizerId: number,
  hosts: HostUnits,
  salt: number,
): Promise<number> {
  const [campaign]: { id: number }[] = await manager.query(
    `INSERT INTO campaigns.campaign (name, kind, description, starts_on, ends_on, organizer_unit_id, event_target)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [plan.name, plan.kind, plan.description, plan.startsOn, plan.endsOn, organizerId, plan.eventTarget],
  );
  await manager.query(
    `WITH p AS (
       SELECT $2::text[] AS formats, $3::text[] AS labels, $4::numeric[] AS hours, $5::text[] AS venues, $6::text[] AS topics,
              $7::int[] AS institutes, $8::int[] AS stations, $9::date AS first_day,
              coalesce($10::date - $9::date + 1, 365) AS span
     ), g AS (
       SELECT g, p.*, 1 + (g / cardinality(p.venues)) % cardinality(p.formats) AS f FROM generate_series(1, $11::int) AS g, p
     )
     INSERT INTO campaigns.campaign_event (campaign_id, title, held_at, format, venue_type, host_unit_id, audience_count, summary)
     SELECT $1::int,
            topics[1 + (g / (cardinality(venues) * cardinality(formats))) % cardinality(topics)] || '（' || labels[f] || '）',
            (first_day::text || ' 00:00+08')::timestamptz + ((g * 37) % span) * interval '1 day' + hours[f] * interval '1 hour',
            formats[f],
            venues[1 + g % cardinality(venues)],
            CASE WHEN g % 3 = 0 THEN institutes[1 + (g / 3) % cardinality(institutes)]
                 ELSE stations[1 + abs(hashint4(g + $12::int)) % cardinality(stations)] END,
            $13::int + abs(hashint4(g * 31 + $12::int)) % ($14::int - $13::int + 1),
            NULL
     FROM g ORDER BY g`,
    [
      campaign.id,
      plan.formats,
      plan.formats.map((f) => H.formatLabel[f]),
      plan.formats.map((f) => H.startHour[f]),
      plan.venueTypes,
      plan.topics,
      hosts.institutes,
      hosts.stations,
      plan.startsOn,
      plan.endsOn,
      plan.eventCount,
      salt,
      plan.audience.min,
      plan.audience.max,
    ],
  );
  await insertEventVolunteers(manager, campaign.id, plan.volunteerPool);
  return campaign.id;
}

/** One to three volunteers per event, drawn from the campaign's pool spread over the registered volunteers. */
async function insertEventVolunteers(manager: EntityManager, campaignId: number, pool: number): Promise<void> {
  await manager.query(
    `INSERT INTO campaigns.event_volunteer (event_id, volunteer_id)
     SELECT DISTINCT e.id, 1 + (abs(hashint4(e.id * 4 + k)) % $2::int) * ($3::int / $2::int)
     FROM campaigns.campaign_event e, generate_series(1, 1 + abs(hashint4(e.id)) % 3) AS k
     WHERE e.campaign_id = $1`,
    [campaignId, pool, H.volunteerIdMax],
  );
}
