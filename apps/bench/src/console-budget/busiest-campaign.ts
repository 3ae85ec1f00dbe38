import { Client } from 'pg';

export interface BudgetCampaign {
  id: string;
  events: number;
  /** The unit that organises it, whose propaganda department opens the view. */
  centerId: string;
  centerCode: string;
}

/** The campaign with the most events: the heaviest campaign view the data holds. */
export async function busiestCampaign(databaseUrl: string): Promise<BudgetCampaign> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; events: string; center_id: string; center_code: string }>(
      `SELECT c.id::text AS id, count(e.id) AS events, u.id::text AS center_id, u.code AS center_code
         FROM campaigns.campaign c
         JOIN campaigns.campaign_event e ON e.campaign_id = c.id
         JOIN org.org_unit u ON u.id = c.organizer_unit_id
        GROUP BY c.id, u.id, u.code
        ORDER BY count(e.id) DESC
        LIMIT 1`,
    );
    const row = rows[0];
    if (!row) throw new Error('the database holds no campaign events');
    return { id: row.id, events: Number(row.events), centerId: row.center_id, centerCode: row.center_code };
  } finally {
    await client.end();
  }
}
