import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { OrgContext } from '../../loaders';
import { OrgUnit } from '../org-unit.type';
import { CreateOrgUnitInput } from './create-org-unit.input';
import { createOrgUnit } from './create-org-unit';
import { moveOrgUnit } from './move-org-unit';

@Resolver(() => OrgUnit)
export class OrgUnitMutationResolver {
  @Mutation(() => OrgUnit, { description: 'Creates an org unit (新建阵地). ADMIN anywhere; ORG_ADMIN under a unit of its subtree.' })
  createOrgUnit(@Arg('input', () => CreateOrgUnitInput) input: CreateOrgUnitInput, @Ctx() ctx: OrgContext) {
    return createOrgUnit(ctx, input);
  }

  @Mutation(() => OrgUnit, {
    description: 'Moves a unit and its whole subtree under a new parent, atomically (调整隶属关系). Needs write access to both.',
  })
  moveOrgUnit(
    @Arg('id', () => ID, { description: 'The unit to move.' }) id: string,
    @Arg('newParentId', () => ID, { description: 'Its new parent.' }) newParentId: string,
    @Ctx() ctx: OrgContext,
  ) {
    return moveOrgUnit(ctx, id, newParentId);
  }
}
