import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CampaignsContext } from '../../loaders';
import { WorkBrand } from '../work-brand.type';
import { CreateWorkBrandInput } from './create-work-brand.input';
import { RetireInput } from '../../shared/retire.input';
import { UpdateWorkBrandInput } from './update-work-brand.input';
import { createWorkBrand, retireWorkBrand, updateWorkBrand } from './work-brand-mutations';

const WHO = 'ADMIN anywhere; ORG_ADMIN and PROPAGANDA for units inside their subtree.';
const STALE = 'CONFLICT (nothing changed) when expectedVersion is not the current version.';

@Resolver(() => WorkBrand)
export class WorkBrandMutationResolver {
  @Mutation(() => WorkBrand, {
    description: `Creates a work brand (新建工作品牌). ${WHO} CONFLICT when the unit has a brand of that name.`,
  })
  createWorkBrand(
    @Arg('input', () => CreateWorkBrandInput, { description: 'The brand (工作品牌).' }) input: CreateWorkBrandInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return createWorkBrand(ctx, input);
  }

  @Mutation(() => WorkBrand, { description: `Changes a work brand (修改工作品牌). ${WHO} ${STALE}` })
  updateWorkBrand(
    @Arg('input', () => UpdateWorkBrandInput, { description: 'The changes (修改内容).' }) input: UpdateWorkBrandInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return updateWorkBrand(ctx, input);
  }

  @Mutation(() => WorkBrand, {
    description: `Retires a work brand (停用工作品牌): its activities stay in every figure and list, the brand leaves the default lists and takes no new events. ${WHO} ${STALE}`,
  })
  retireWorkBrand(
    @Arg('input', () => RetireInput, { description: 'The brand and why (品牌及原因).' }) input: RetireInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return retireWorkBrand(ctx, input);
  }
}
