import { Client } from 'pg';

/** Ids drawn from the data, so every request asks for something different and real. */
export interface SampleData {
  /** Codes of centers, institutes and stations: the units whose dashboard people open. */
  unitCodes: string[];
  /** Codes of county-sized centers: the units whose statistics by township and month people ask for. */
  centerCodes: string[];
  /** What people type to find a place: the pinyin initials of a township's or village's name, county and town included (hdxdgz). */
  unitSearches: string[];
  volunteerIds: number[];
  campaigns: { id: number; hostId: number; startsOn: string }[];
  programIds: number[];
  /** Stations with their village team: orders are placed there and dispatched to that team. */
  stations: { unitId: number; teamId: number }[];
  counts: Record<string, number>;
  /** Volunteers with points enough for a hundred of the cheapest goods: the ones who redeem. */
  pointsHolders: number[];
  /** The cheapest goods of every exchange, which redemptions buy. */
  cheapGoodsIds: number[];
  /** The assessment scheme of the county with the most units: the ranking people wait for longest. */
  largestCountySchemeId: number | null;
  /** Start of the earliest service record an earlier bench run wrote (epoch ms), if any: this run's go before it. */
  earliestBenchRecord: number | null;
}

/** The most volunteers a center may have to count as county-sized (the county profile has 100,000). */
const COUNTY_SIZED_VOLUNTEERS = 120_000;

export async function loadSampleData(databaseUrl: string): Promise<SampleData> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'civic-bench' });
  await client.connect();
  try {
    const q = async <T>(sql: string) => (await client.query(sql)).rows as T[];
    const unitCodes = (
      await q<{ code: string }>(
        `SELECT code FROM org.org_unit WHERE level IN ('CENTER', 'INSTITUTE', 'STATION') ORDER BY random() LIMIT 20000`,
      )
    ).map((r) => r.code);
    // A county's figures are what people ask for: centers no larger than the county profile's
    // (100,000 volunteers), so the province's p95 compares like with like; a city-sized center's
    // breakdown costs in proportion to its own size, which the note of a run reports separately.
    const centerCodes = (
      await q<{ code: string }>(
        `SELECT c.code FROM org.org_unit c
          WHERE c.level = 'CENTER' AND (SELECT count(*) FROM org.org_unit u JOIN volunteers.volunteer v ON v.home_unit_id = u.id
                                         WHERE u.path LIKE c.path || '%') <= ${COUNTY_SIZED_VOLUNTEERS}
          ORDER BY random() LIMIT 1000`,
      )
    ).map((r) => r.code);
    const unitSearches = (
      await q<{ term: string }>(
        `SELECT org.pinyin_initials(left(name, 6)) AS term FROM org.org_unit WHERE level IN ('INSTITUTE', 'STATION') ORDER BY random() LIMIT 1000`,
      )
    ).map((r) => r.term);
    const volunteerIds = (
      await q<{ id: number }>(`SELECT id FROM volunteers.volunteer TABLESAMPLE SYSTEM (10) ORDER BY random() LIMIT 200000`)
    ).map((r) => r.id);
    const campaigns = (
      await q<{ id: number; host: number; starts: string }>(
        `SELECT id, organizer_unit_id AS host, to_char(coalesce(starts_on, current_date - 30), 'YYYY-MM-DD') AS starts FROM campaigns.campaign ORDER BY random() LIMIT 20000`,
      )
    ).map((r) => ({ id: r.id, hostId: r.host, startsOn: r.starts }));
    const programIds = (await q<{ id: number }>(`SELECT id FROM training.training_program ORDER BY random() LIMIT 20000`)).map((r) => r.id);
    const stations = (
      await q<{ unit: number; team: number }>(
        `SELECT DISTINCT ON (t.org_unit_id) t.org_unit_id AS unit, t.id AS team FROM volunteers.volunteer_team t
         JOIN org.org_unit u ON u.id = t.org_unit_id WHERE u.level = 'STATION' ORDER BY t.org_unit_id, t.id LIMIT 20000`,
      )
    ).map((r) => ({ unitId: r.unit, teamId: r.team }));
    const cheapGoodsIds = (
      await q<{ id: number }>(
        `SELECT DISTINCT ON (exchange_id) id FROM volunteers.exchange_goods WHERE retired_at IS NULL AND stock > 1000
         ORDER BY exchange_id, points_price, id LIMIT 20000`,
      )
    ).map((r) => r.id);
    const cheapest = cheapGoodsIds.length
      ? (
          await q<{ price: number }>(
            `SELECT max(points_price) AS price FROM volunteers.exchange_goods WHERE id IN (${cheapGoodsIds.join(',')})`,
          )
        )[0].price
      : 0;
    const pointsHolders = (
      await q<{ id: number }>(
        `SELECT volunteer_id AS id FROM volunteers.points_account WHERE balance >= ${100 * Math.max(cheapest, 1)} ORDER BY random() LIMIT 20000`,
      )
    ).map((r) => r.id);
    const [scheme] = await q<{ id: number }>(
      `SELECT s.id FROM assessment.scheme s JOIN org.org_unit c ON c.id = s.owner_unit_id
       ORDER BY (SELECT count(*) FROM org.org_unit u WHERE u.path LIKE c.path || '%') DESC, s.id LIMIT 1`,
    );
    const counts = Object.fromEntries(
      (
        await q<{ name: string; n: string }>(
          `SELECT 'orgUnits' AS name, count(*) AS n FROM org.org_unit UNION ALL SELECT 'volunteers', count(*) FROM volunteers.volunteer
           UNION ALL SELECT 'serviceRecords', count(*) FROM volunteers.service_record UNION ALL SELECT 'campaignEvents', count(*) FROM campaigns.campaign_event
           UNION ALL SELECT 'trainingPrograms', count(*) FROM training.training_program`,
        )
      ).map((r) => [r.name, Number(r.n)]),
    );
    const [{ earliest }] = await q<{ earliest: Date | null }>(
      `SELECT min(started_at) AS earliest FROM volunteers.service_record WHERE idempotency_key LIKE 'bench-%'`,
    );
    if (unitCodes.length === 0 || volunteerIds.length === 0 || campaigns.length === 0 || programIds.length === 0 || stations.length === 0) {
      throw new Error('the database lacks data to draw variables from: seed it first (npm run seed:scale)');
    }
    return {
      unitCodes,
      centerCodes,
      unitSearches,
      volunteerIds,
      campaigns,
      programIds,
      stations,
      pointsHolders,
      cheapGoodsIds,
      largestCountySchemeId: scheme?.id ?? null,
      counts,
      earliestBenchRecord: earliest ? earliest.getTime() : null,
    };
  } finally {
    await client.end();
  }
}
