import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../../loaders';
import { BrandProject } from '../brand-project.type';
import { CreateBrandProjectInput, RetireBrandProjectInput, UpdateBrandProjectInput } from './brand-project.inputs';
import { createBrandProject } from './create-brand-project';
import { retireBrandProject } from './retire-brand-project';
import { updateBrandProject } from './update-brand-project';

@Resolver(() => BrandProject)
export class BrandProjectMutationResolver {
  @Mutation(() => BrandProject, {
    description: 'Creates a brand project run by a unit (创建精品项目). ADMIN; ORG_ADMIN and OPERATOR inside their subtree.',
  })
  createBrandProject(
    @Arg('input', () => CreateBrandProjectInput, INPUT_ARG) input: CreateBrandProjectInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return createBrandProject(ctx, input);
  }

  @Mutation(() => BrandProject, { description: 'Renames or redescribes a brand project on the version read (修改精品项目).' })
  updateBrandProject(
    @Arg('input', () => UpdateBrandProjectInput, INPUT_ARG) input: UpdateBrandProjectInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return updateBrandProject(ctx, input);
  }

  @Mutation(() => BrandProject, { description: 'Retires a brand project; kept with its links (停用精品项目).' })
  retireBrandProject(
    @Arg('input', () => RetireBrandProjectInput, INPUT_ARG) input: RetireBrandProjectInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return retireBrandProject(ctx, input);
  }
}
