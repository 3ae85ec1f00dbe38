import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { CommunityContext } from '../../loaders';
import { Household } from '../household.type';
import { registerHousehold, updateHousehold } from './household-mutations';
import { RegisterHouseholdInput } from './register-household.input';
import { UpdateHouseholdInput } from './update-household.input';

@Resolver(() => Household)
export class HouseholdMutationResolver {
  @Mutation(() => Household, {
    description: "Puts a household on a unit's grid register (住户登记). ADMIN; ORG_ADMIN and OPERATOR inside their subtree.",
  })
  registerHousehold(@Arg('input', () => RegisterHouseholdInput, INPUT_ARG) input: RegisterHouseholdInput, @Ctx() ctx: CommunityContext) {
    return registerHousehold(ctx, input);
  }

  @Mutation(() => Household, {
    description:
      'Changes a household; CONFLICT when it changed since expectedVersion was read (修改住户信息). ADMIN; ORG_ADMIN and OPERATOR inside their subtree.',
  })
  updateHousehold(@Arg('input', () => UpdateHouseholdInput, INPUT_ARG) input: UpdateHouseholdInput, @Ctx() ctx: CommunityContext) {
    return updateHousehold(ctx, input);
  }
}
