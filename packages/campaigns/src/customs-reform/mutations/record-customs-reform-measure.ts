import { readUnit } from '@civic/org-tree';
import { badUserInput, conflict } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../../loaders';
import { CustomsReformMeasureEntity } from '../customs-reform-measure.entity';
import type { RecordCustomsReformMeasureInput } from './record-customs-reform-measure.input';

/** Records that a station adopted a measure; once per station and kind. Row and audit entry commit together. */
export async function recordCustomsReformMeasure(
  ctx: CampaignsContext,
  input: RecordCustomsReformMeasureInput,
): Promise<CustomsReformMeasureEntity> {
  const orgUnitId = parseId(input.orgUnitId, 'org unit');
  const note = input.note?.trim() || null;
  await ctx.access.requireWrite('campaign:write', orgUnitId);
  const unit = await readUnit(ctx.db, orgUnitId, ['level']);
  if (unit?.level !== 'STATION')
    throw badUserInput(`orgUnitId ${orgUnitId} is not a village or community station`, { argument: 'input.orgUnitId' });

  return ctx.db.transaction(async (manager) => {
    const inserted: CustomsReformMeasureEntity[] = await manager.query(
      `INSERT INTO campaigns.customs_reform_measure (org_unit_id, kind, adopted_on, note) VALUES ($1, $2, $3, $4)
       ON CONFLICT (org_unit_id, kind) WHERE revoked_on IS NULL DO NOTHING
       RETURNING id, org_unit_id AS "orgUnitId", kind, to_char(adopted_on, 'YYYY-MM-DD') AS "adoptedOn", note,
                 NULL::text AS "revokedOn", NULL::text AS "revokeReason", version`,
      [orgUnitId, input.kind, input.adoptedOn, note],
    );
    if (inserted.length === 0) throw conflict(`org unit ${orgUnitId} already has a ${input.kind} measure in force`);
    await ctx.audit.record(manager, 'recordCustomsReformMeasure', 'CustomsReformMeasure', [inserted[0].id]);
    return inserted[0];
  });
}
