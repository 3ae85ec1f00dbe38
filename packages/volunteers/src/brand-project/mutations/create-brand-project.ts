import { badUserInput, notFound } from '@civic/runtime';
import { readUnit } from '@civic/org-tree';
import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { BrandProjectEntity } from '../brand-project.entity';
import type { CreateBrandProjectInput } from './brand-project.inputs';
import { withUniqueName } from './brand-project-writes';

export async function createBrandProject(ctx: SubgraphContext, input: CreateBrandProjectInput): Promise<BrandProjectEntity> {
  const name = input.name.trim();
  const orgUnitId = parseId(input.orgUnitId, 'org unit');
  await ctx.access.requireWrite('volunteer:register', orgUnitId);
  const unit = await readUnit(ctx.db, orgUnitId, ['closed_on']);
  if (!unit) throw notFound('org unit', orgUnitId);
  if (unit.closed_on) throw badUserInput(`org unit ${orgUnitId} is closed`, { argument: 'input.orgUnitId' });
  return withUniqueName(name, () =>
    ctx.db.transaction(async (manager) => {
      const projects = manager.getRepository(BrandProjectEntity);
      const project = await projects.save(
        projects.create({ name, description: input.description?.trim() || null, orgUnitId, retiredAt: null }),
      );
      await ctx.audit.record(manager, 'createBrandProject', 'BrandProject', [project.id]);
      return project;
    }),
  );
}
