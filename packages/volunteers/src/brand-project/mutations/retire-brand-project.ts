import { conflict } from '@civic/runtime';
import { lockForEdit, parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { BrandProjectEntity } from '../brand-project.entity';
import type { RetireBrandProjectInput } from './brand-project.inputs';
import { authorizeBrandProjectEdit } from './brand-project-writes';

/** Retires a brand project (停用): kept, with its teams and activities still linked; left out of the list unless asked for. */
export async function retireBrandProject(ctx: SubgraphContext, input: RetireBrandProjectInput): Promise<BrandProjectEntity> {
  const id = parseId(input.id, 'brand project');
  await authorizeBrandProjectEdit(ctx, id);
  return ctx.db.transaction(async (manager) => {
    const project = await lockForEdit(manager, BrandProjectEntity, id, input.expectedVersion, 'brand project');
    if (project.retiredAt) throw conflict(`brand project ${id} is already retired`);
    project.retiredAt = new Date();
    const saved = await manager.getRepository(BrandProjectEntity).save(project);
    await ctx.audit.record(manager, 'retireBrandProject', 'BrandProject', [id], {
      changes: { retiredAt: { from: null, to: saved.retiredAt } },
    });
    return saved;
  });
}
