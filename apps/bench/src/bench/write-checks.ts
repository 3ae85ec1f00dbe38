import { Client } from 'pg';

export interface WriteCheck {
  volunteersChecked: number;
  /** Volunteers whose total_service_hours differs from the sum of their approved records: must be 0. */
  totalsWrong: number;
  /** Service records the bench's recordService calls created (recorded_by = the bench's subject). */
  recordsWritten: number;
}

/** After the writes: every touched volunteer's total equals the sum of their approved records. */
export async function checkServiceTotals(databaseUrl: string, volunteerIds: number[], subject: string): Promise<WriteCheck> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'civic-bench' });
  await client.connect();
  try {
    const wrong = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM volunteers.volunteer v
       WHERE v.id = ANY($1) AND v.total_service_hours <>
         (SELECT coalesce(sum(r.hours), 0) FROM volunteers.service_record r WHERE r.volunteer_id = v.id AND r.status = 'APPROVED')`,
      [volunteerIds],
    );
    const written = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM volunteers.service_record WHERE recorded_by = $1`, [
      subject,
    ]);
    return { volunteersChecked: volunteerIds.length, totalsWrong: wrong.rows[0].n, recordsWritten: written.rows[0].n };
  } finally {
    await client.end();
  }
}
