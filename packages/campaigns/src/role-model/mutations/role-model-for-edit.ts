import { notFound } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../../loaders';
import type { RoleModelEntity } from '../role-model.entity';

/** The role model an edit is aimed at, once the caller may write honours at its unit; the edit re-reads it locked. */
export async function roleModelForEdit(ctx: CampaignsContext, id: string): Promise<RoleModelEntity> {
  ctx.access.requirePermission('honour:write');
  const modelId = parseId(id, 'role model');
  const model = await ctx.loaders.roleModelById.load(String(modelId));
  if (!model) throw notFound('role model', modelId);
  await ctx.access.requireWrite('honour:write', model.orgUnitId);
  return model;
}
