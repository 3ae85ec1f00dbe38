import { conflict } from '@civic/runtime';
import { changedFields, lockForEdit, parseId } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../../loaders';
import { WorkBrandEntity } from '../work-brand.entity';
import type { CreateWorkBrandInput } from './create-work-brand.input';
import type { RetireInput } from '../../shared/retire.input';
import { withUniqueBrandName } from './unique-brand-name';
import type { UpdateWorkBrandInput } from './update-work-brand.input';
import { workBrandForEdit } from './work-brand-for-edit';

const EDITABLE = ['name', 'description', 'forMinors'] as const;

/** Creates a brand at a unit inside the caller's subtree; row and audit entry commit together. */
export async function createWorkBrand(ctx: CampaignsContext, input: CreateWorkBrandInput): Promise<WorkBrandEntity> {
  const orgUnitId = parseId(input.orgUnitId, 'org unit');
  const name = input.name.trim();
  await ctx.access.requireWrite('campaign:write', orgUnitId);
  return withUniqueBrandName(name, () =>
    ctx.db.transaction(async (manager) => {
      const brands = manager.getRepository(WorkBrandEntity);
      const brand = await brands.save(
        brands.create({
          name,
          orgUnitId,
          description: input.description?.trim() || null,
          forMinors: input.forMinors ?? false,
          retiredAt: null,
        }),
      );
      await ctx.audit.record(manager, 'createWorkBrand', 'WorkBrand', [brand.id]);
      return brand;
    }),
  );
}

/** Changes a brand's name, description or audience on the version read. */
export async function updateWorkBrand(ctx: CampaignsContext, input: UpdateWorkBrandInput): Promise<WorkBrandEntity> {
  const { id } = await workBrandForEdit(ctx, input.id);
  const given: Partial<WorkBrandEntity> = {};
  if (input.name != null) given.name = input.name.trim();
  if (input.description !== undefined) given.description = input.description?.trim() || null;
  if (input.forMinors != null) given.forMinors = input.forMinors;
  return withUniqueBrandName(given.name ?? '', () =>
    ctx.db.transaction(async (manager) => {
      const before = await lockForEdit(manager, WorkBrandEntity, id, input.expectedVersion, 'work brand');
      const saved = await manager.getRepository(WorkBrandEntity).save({ ...before, ...given });
      await ctx.audit.record(manager, 'updateWorkBrand', 'WorkBrand', [id], { changes: changedFields(before, saved, EDITABLE) });
      return saved;
    }),
  );
}

/** Retires a brand: its activities stay, it leaves the default lists and takes no new events. */
export async function retireWorkBrand(ctx: CampaignsContext, input: RetireInput): Promise<WorkBrandEntity> {
  const { id } = await workBrandForEdit(ctx, input.id);
  const reason = input.reason?.trim() || null;
  return ctx.db.transaction(async (manager) => {
    const brand = await lockForEdit(manager, WorkBrandEntity, id, input.expectedVersion, 'work brand');
    if (brand.retiredAt !== null) throw conflict(`work brand ${id} is already retired`);
    const saved = await manager.getRepository(WorkBrandEntity).save({ ...brand, retiredAt: new Date() });
    await ctx.audit.record(manager, 'retireWorkBrand', 'WorkBrand', [id], {
      reason,
      changes: { retiredAt: { from: null, to: saved.retiredAt } },
    });
    return saved;
  });
}
