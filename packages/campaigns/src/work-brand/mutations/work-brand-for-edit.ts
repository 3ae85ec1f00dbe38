import { notFound } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../../loaders';
import type { WorkBrandEntity } from '../work-brand.entity';

/** The brand an edit is aimed at, once the caller may edit brands of its unit; the edit re-reads it locked. */
export async function workBrandForEdit(ctx: CampaignsContext, id: string): Promise<WorkBrandEntity> {
  ctx.access.requirePermission('campaign:write');
  const brandId = parseId(id, 'work brand');
  const brand = await ctx.loaders.workBrandById.load(String(brandId));
  if (!brand) throw notFound('work brand', brandId);
  await ctx.access.requireWrite('campaign:write', brand.orgUnitId);
  return brand;
}
