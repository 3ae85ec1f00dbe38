import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { OrgContext } from '../../loaders';
import { Designation } from '../designation.type';
import { grantDesignation, revokeDesignation } from './designation-mutations';
import { GrantDesignationInput } from './grant-designation.input';

@Resolver(() => Designation)
export class DesignationMutationResolver {
  @Mutation(() => Designation, {
    description: 'Grants an honour or designation to a unit (授予称号). ADMIN; ORG_ADMIN inside its subtree.',
  })
  grantDesignation(@Arg('input', () => GrantDesignationInput, INPUT_ARG) input: GrantDesignationInput, @Ctx() ctx: OrgContext) {
    return grantDesignation(ctx, input);
  }

  @Mutation(() => Designation, { description: 'Revokes a designation, keeping it as history (撤销称号).' })
  revokeDesignation(
    @Arg('id', () => ID, { description: 'The designation (荣誉称号).' }) id: string,
    @Arg('revokedOn', () => DateScalar, { nullable: true, description: 'Day revoked; default today (撤销日期).' }) revokedOn: string | null,
    @Ctx() ctx: OrgContext,
  ) {
    return revokeDesignation(ctx, id, revokedOn);
  }
}
