import { type SubgraphContext } from '@civic/subgraph-kit';
import { parseId } from '@civic/subgraph-kit';
import { MobilisationEntity } from '../mobilisation.entity';
import type { StartMobilisationInput } from './mobilisation.inputs';
import { idList } from './mobilisation-edit';

/**
 * Starts a mobilisation: the caller needs mobilisation:write on the calling unit and on every unit
 * of the area (inside its subtree). The mobilisation, its area and the audit entry commit together.
 */
export async function startMobilisation(ctx: SubgraphContext, input: StartMobilisationInput): Promise<MobilisationEntity> {
  const callingUnitId = parseId(input.callingUnitId, 'org unit');
  const areaUnitIds = idList(input.areaUnitIds, 'org unit', 'input.areaUnitIds', 50);
  await ctx.access.requireWrite('mobilisation:write', callingUnitId);
  for (const unitId of areaUnitIds) await ctx.access.requireWrite('mobilisation:write', unitId);
  return ctx.db.transaction(async (manager) => {
    const mobilisations = manager.getRepository(MobilisationEntity);
    const saved = await mobilisations.save(
      mobilisations.create({
        kind: input.kind,
        title: input.title.trim(),
        callingUnitId,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        createdBy: ctx.access.identity.subject,
      }),
    );
    await manager.query(`INSERT INTO volunteers.mobilisation_area (mobilisation_id, org_unit_id) SELECT $1, unnest($2::int[])`, [
      saved.id,
      areaUnitIds,
    ]);
    await ctx.audit.record(manager, 'startMobilisation', 'Mobilisation', [saved.id]);
    return saved;
  });
}
