import { badUserInput } from '@civic/runtime';
import { chinaToday, type SubgraphContext } from '@civic/subgraph-kit';
import { MobilisationEntity } from '../mobilisation.entity';
import { authorizeMobilisationEdit, lockMobilisation } from './mobilisation-edit';

/**
 * Ends a mobilisation on `endsOn` (default today): not before its first day, nor before a day of
 * service counted toward it. Ending one that has ended is a CONFLICT.
 */
export async function endMobilisation(
  ctx: SubgraphContext,
  idArg: string,
  endsOnArg: string | null | undefined,
): Promise<MobilisationEntity> {
  const mobilisation = await authorizeMobilisationEdit(ctx, idArg);
  const endsOn = endsOnArg ?? chinaToday();
  return ctx.db.transaction(async (manager) => {
    const current = await lockMobilisation(manager, mobilisation.id, true);
    if (endsOn < current.startsOn)
      throw badUserInput(`endsOn must not be before the mobilisation's first day (${current.startsOn})`, { argument: 'endsOn' });
    const [{ last }]: { last: string | null }[] = await manager.query(
      `SELECT to_char(max((r.started_at AT TIME ZONE 'Asia/Shanghai')::date), 'YYYY-MM-DD') AS last
       FROM volunteers.mobilisation_service s JOIN volunteers.service_record r ON r.id = s.service_record_id
       WHERE s.mobilisation_id = $1`,
      [current.id],
    );
    if (last !== null && endsOn < last)
      throw badUserInput(`endsOn must not be before ${last}, a day of service counted toward it`, { argument: 'endsOn' });
    const mobilisations = manager.getRepository(MobilisationEntity);
    await mobilisations.update({ id: current.id }, { endsOn });
    await ctx.audit.record(manager, 'endMobilisation', 'Mobilisation', [current.id]);
    return mobilisations.findOneByOrFail({ id: current.id });
  });
}
