import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { idLoader } from '@civic/subgraph-kit';
import { ActivityEntity } from './activity.entity';

export function createActivityLoaders(db: DataSource) {
  return {
    activityById: idLoader((ids) => db.getRepository(ActivityEntity).findBy({ id: In(ids) })),
    signupCount: new DataLoader<number, number>(async (activityIds) => {
      const rows: { activity_id: number; n: number }[] = await db.query(
        `SELECT activity_id, count(*)::int AS n FROM volunteers.activity_signup WHERE activity_id = ANY($1::int[]) AND cancelled_at IS NULL GROUP BY activity_id`,
        [activityIds],
      );
      const byId = new Map(rows.map((r) => [r.activity_id, r.n]));
      return activityIds.map((id) => byId.get(id) ?? 0);
    }),
  };
}
