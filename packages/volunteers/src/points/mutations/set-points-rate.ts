import { parseId } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../../loaders';
import type { PointsRate } from '../points-rate.type';
import type { SetPointsRateInput } from './points.inputs';

/**
 * Sets a unit's rule (积分标准): the points an hour of service earns for volunteers registered at
 * the unit or below it, unless a unit nearer them sets its own. It applies to service approved from
 * the commit on; entries already booked keep their points. The audit entry keeps the rate before and after.
 */
export async function setPointsRate(ctx: VolunteersContext, input: SetPointsRateInput): Promise<PointsRate> {
  const unitId = parseId(input.unitId, 'org unit');
  await ctx.access.requireWrite('points:award', unitId);
  const pointsPerHour = Math.round(input.pointsPerHour * 100) / 100;
  await ctx.db.transaction(async (manager) => {
    const before: { points_per_hour: string }[] = await manager.query(
      `SELECT points_per_hour FROM volunteers.points_rate WHERE unit_id = $1 FOR UPDATE`,
      [unitId],
    );
    await manager.query(
      `INSERT INTO volunteers.points_rate AS r (unit_id, points_per_hour, set_by, set_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (unit_id) DO UPDATE SET points_per_hour = EXCLUDED.points_per_hour, set_by = EXCLUDED.set_by,
         set_at = EXCLUDED.set_at, version = r.version + 1`,
      [unitId, pointsPerHour, ctx.access.identity.subject],
    );
    await ctx.audit.record(manager, 'setPointsRate', 'OrgUnit', [unitId], {
      reason: input.reason?.trim() || null,
      changes: { pointsPerHour: { from: before.length > 0 ? Number(before[0].points_per_hour) : null, to: pointsPerHour } },
    });
  });
  return ctx.loaders.pointsRate.clear(unitId).load(unitId);
}
