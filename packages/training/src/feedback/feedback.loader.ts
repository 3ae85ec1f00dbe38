import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { SessionFeedbackSummary } from './feedback-summary.type';

/** Count and mean rating of many sessions in one statement. */
export function feedbackSummaryLoader(db: DataSource): DataLoader<number, SessionFeedbackSummary> {
  return new DataLoader<number, SessionFeedbackSummary>(async (sessionIds) => {
    const rows: { session_id: number; count: number; average: string }[] = await db.query(
      `SELECT session_id, count(*)::int AS count, round(avg(rating), 2)::text AS average
       FROM training.session_feedback WHERE session_id = ANY($1::int[]) GROUP BY session_id`,
      [[...sessionIds]],
    );
    const bySession = new Map(rows.map((r) => [r.session_id, { count: r.count, averageRating: Number(r.average) }]));
    return sessionIds.map((id) => bySession.get(id) ?? { count: 0, averageRating: null });
  });
}
