import { conflict } from '@civic/runtime';
import { changedFields, lockForEdit, parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { BrandProjectEntity } from '../brand-project.entity';
import type { UpdateBrandProjectInput } from './brand-project.inputs';
import { authorizeBrandProjectEdit, withUniqueName } from './brand-project-writes';

export async function updateBrandProject(ctx: SubgraphContext, input: UpdateBrandProjectInput): Promise<BrandProjectEntity> {
  const id = parseId(input.id, 'brand project');
  await authorizeBrandProjectEdit(ctx, id);
  const name = input.name?.trim();
  return withUniqueName(name ?? '', () =>
    ctx.db.transaction(async (manager) => {
      const project = await lockForEdit(manager, BrandProjectEntity, id, input.expectedVersion, 'brand project');
      if (project.retiredAt) throw conflict(`brand project ${id} is retired`);
      const before = { ...project };
      if (name !== undefined) project.name = name;
      if (input.description !== undefined) project.description = input.description?.trim() || null;
      const saved = await manager.getRepository(BrandProjectEntity).save(project);
      await ctx.audit.record(manager, 'updateBrandProject', 'BrandProject', [id], {
        changes: changedFields(before, saved, ['name', 'description']),
      });
      return saved;
    }),
  );
}
