import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { INPUT_ARG, OPTIONAL_VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import type { OrgContext } from '../../loaders';
import { OrgUnit } from '../org-unit.type';
import { closeOrgUnit } from './close-org-unit';
import { CreateOrgUnitInput } from './create-org-unit.input';
import { createOrgUnit } from './create-org-unit';
import { moveOrgUnit } from './move-org-unit';
import { reopenOrgUnit } from './reopen-org-unit';
import { UpdateOrgUnitInput } from './update-org-unit.input';
import { updateOrgUnit } from './update-org-unit';

const unitArg = { description: 'The unit (阵地).' };
const versionArg = { nullable: true, description: OPTIONAL_VERSION_DESCRIPTION };

@Resolver(() => OrgUnit)
export class OrgUnitMutationResolver {
  @Mutation(() => OrgUnit, { description: 'Creates an org unit (新建阵地). ADMIN anywhere; ORG_ADMIN under a unit of its subtree.' })
  createOrgUnit(@Arg('input', () => CreateOrgUnitInput, INPUT_ARG) input: CreateOrgUnitInput, @Ctx() ctx: OrgContext) {
    return createOrgUnit(ctx, input);
  }

  @Mutation(() => OrgUnit, { description: "Changes a unit's name, address, contact, location, department or region (修改阵地信息)." })
  updateOrgUnit(
    @Arg('id', () => ID, unitArg) id: string,
    @Arg('input', () => UpdateOrgUnitInput, INPUT_ARG) input: UpdateOrgUnitInput,
    @Ctx() ctx: OrgContext,
  ) {
    return updateOrgUnit(ctx, id, input);
  }

  @Mutation(() => OrgUnit, {
    description: 'Moves a unit and its whole subtree under a new parent, atomically (调整隶属关系). Needs write access to both.',
  })
  moveOrgUnit(
    @Arg('id', () => ID, { description: 'The unit to move (阵地).' }) id: string,
    @Arg('newParentId', () => ID, { description: 'Its new parent (新上级).' }) newParentId: string,
    @Arg('expectedVersion', () => Int, versionArg) expectedVersion: number | null,
    @Ctx() ctx: OrgContext,
  ) {
    return moveOrgUnit(ctx, id, newParentId, expectedVersion);
  }

  @Mutation(() => OrgUnit, {
    description: 'Closes a unit, keeping its history (撤销阵地). Its open children must be closed or moved first.',
  })
  closeOrgUnit(
    @Arg('id', () => ID, unitArg) id: string,
    @Arg('closedOn', () => DateScalar, { nullable: true, description: 'Day closed; default today (撤销日期).' }) closedOn: string | null,
    @Arg('expectedVersion', () => Int, versionArg) expectedVersion: number | null,
    @Ctx() ctx: OrgContext,
  ) {
    return closeOrgUnit(ctx, id, closedOn, expectedVersion);
  }

  @Mutation(() => OrgUnit, { description: 'Reopens a closed unit (恢复阵地).' })
  reopenOrgUnit(
    @Arg('id', () => ID, unitArg) id: string,
    @Arg('expectedVersion', () => Int, versionArg) expectedVersion: number | null,
    @Ctx() ctx: OrgContext,
  ) {
    return reopenOrgUnit(ctx, id, expectedVersion);
  }
}
