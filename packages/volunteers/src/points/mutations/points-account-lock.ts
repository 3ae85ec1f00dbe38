import type { EntityManager } from 'typeorm';

/**
 * Locks a volunteer's points account for the rest of the transaction (opening it at zero first if
 * the volunteer has none) and answers its balance. Every write that checks or moves a balance outside
 * the service-record trigger takes this lock first and only then a goods row, so concurrent
 * redemptions, awards and cancellations of one volunteer queue here and never deadlock.
 */
export async function lockPointsAccount(manager: EntityManager, volunteerId: number): Promise<number> {
  await manager.query(`INSERT INTO volunteers.points_account (volunteer_id) VALUES ($1) ON CONFLICT (volunteer_id) DO NOTHING`, [
    volunteerId,
  ]);
  const [{ balance }]: { balance: string }[] = await manager.query(
    `SELECT balance FROM volunteers.points_account WHERE volunteer_id = $1 FOR UPDATE`,
    [volunteerId],
  );
  return Number(balance);
}
