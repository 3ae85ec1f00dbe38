import type { EntityManager } from 'typeorm';
import { unitIdsByCode } from '@civic/org-tree';
import { HUIDONG_CALENDAR as C } from './huidong-calendar.data';

/**
 * Huidong's activity calendar: the themed days on the county center's calendar with the sub-centers
 * responsible; the 2021 themed-day campaign whose events the responsible sub-centers host; the 2021
 * activities planned against the days, HELD and linked to those events, or CANCELLED.
 */
export async function seedHuidongCalendar(manager: EntityManager): Promise<void> {
  const codes = [C.centerCode, ...Array.from({ length: 15 }, (_, i) => C.subCenterCode(i + 1))];
  const ids = await unitIdsByCode(manager, codes);
  const centerId = ids.get(C.centerCode);
  if (centerId === undefined) throw new Error(`org unit '${C.centerCode}' is missing: load the org demo data first`);
  const host = (n: number) => ids.get(C.subCenterCode(n)) ?? centerId;

  const days: { id: number }[] = await manager.query(
    `INSERT INTO campaigns.calendar_day (owner_unit_id, month, day, year, theme, description)
     SELECT $1, d.month, d.day, d.year, d.theme, d.description
     FROM unnest($2::int[], $3::int[], $4::int[], $5::text[], $6::text[]) WITH ORDINALITY AS d(month, day, year, theme, description, ord)
     ORDER BY d.ord RETURNING id`,
    [centerId, ...columns(['month', 'day', 'year', 'theme', 'description'])],
  );
  const departments = C.days.flatMap((d, i) => d.subCenters.map((n) => [days[i].id, host(n)]));
  await manager.query(
    `INSERT INTO campaigns.calendar_day_department (day_id, org_unit_id) SELECT DISTINCT * FROM unnest($1::int[], $2::int[])`,
    [departments.map(([day]) => day), departments.map(([, unit]) => unit)],
  );

  const [campaign]: { id: number }[] = await manager.query(
    `INSERT INTO campaigns.campaign (name, kind, description, starts_on, ends_on, organizer_unit_id, event_target)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      C.campaign.name,
      C.campaign.kind,
      C.campaign.description,
      C.campaign.startsOn,
      C.campaign.endsOn,
      centerId,
      C.days.filter((d) => d.activity).length,
    ],
  );
  const planned = C.days.flatMap((d, i) =>
    d.activity
      ? [{ dayId: days[i].id, date: `${C.year}-${pad(d.month)}-${pad(d.day)}`, hostId: host(d.subCenters[0]), ...d.activity }]
      : [],
  );
  const held = planned.filter((p) => !p.cancelled);
  const events: { id: number }[] = await manager.query(
    `INSERT INTO campaigns.campaign_event (campaign_id, title, held_at, format, venue_type, host_unit_id, audience_count)
     SELECT $1, e.title, (e.day::text || CASE WHEN e.format IN ('PERFORMANCE', 'FILM_SCREENING') THEN ' 19:30+08' ELSE ' 09:30+08' END)::timestamptz,
            e.format, e.venue_type, e.host, $7::int + abs(hashint4(e.ord::int * 17)) % ($8::int - $7::int + 1)
     FROM unnest($2::text[], $3::date[], $4::text[], $5::text[], $6::int[]) WITH ORDINALITY AS e(title, day, format, venue_type, host, ord)
     ORDER BY e.ord RETURNING id`,
    [
      campaign.id,
      held.map((p) => p.title),
      held.map((p) => p.date),
      held.map((p) => p.format),
      held.map((p) => p.venueType),
      held.map((p) => p.hostId),
      C.audience.min,
      C.audience.max,
    ],
  );
  await manager.query(
    `INSERT INTO campaigns.event_volunteer (event_id, volunteer_id)
     SELECT DISTINCT e.id, 1 + abs(hashint4(e.id * 7 + k)) % $2::int
     FROM campaigns.campaign_event e, generate_series(1, 1 + abs(hashint4(e.id * 3)) % 3) AS k WHERE e.campaign_id = $1`,
    [campaign.id, C.volunteerIdMax],
  );
  const eventOf = new Map(held.map((p, i) => [p, events[i].id]));
  await manager.query(
    `INSERT INTO campaigns.planned_activity (calendar_day_id, planned_on, host_unit_id, title, status, event_id, cancel_reason)
     SELECT * FROM unnest($1::int[], $2::date[], $3::int[], $4::text[], $5::text[], $6::int[], $7::text[])`,
    [
      planned.map((p) => p.dayId),
      planned.map((p) => p.date),
      planned.map((p) => p.hostId),
      planned.map((p) => p.title),
      planned.map((p) => (p.cancelled ? 'CANCELLED' : 'HELD')),
      planned.map((p) => eventOf.get(p) ?? null),
      planned.map((p) => p.cancelled ?? null),
    ],
  );
}

function columns(names: ('month' | 'day' | 'year' | 'theme' | 'description')[]): unknown[][] {
  return names.map((name) => C.days.map((d) => d[name] ?? null));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
