import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { OrgContext } from '../../loaders';
import { DesignationApplication } from '../designation-application.type';
import { ApplicationStepInput, ApplyForDesignationInput } from './application.inputs';
import { applyForDesignation } from './apply-for-designation';
import { GRANT, REJECT, REVIEW, takeApplicationStep, WITHDRAW } from './decide-application';

@Resolver(() => DesignationApplication)
export class DesignationApplicationMutationResolver {
  @Mutation(() => DesignationApplication, {
    description: 'A unit applies for a designation (申报). ADMIN; ORG_ADMIN and OPERATOR for units of their subtree.',
  })
  applyForDesignation(@Arg('input', () => ApplyForDesignationInput, INPUT_ARG) input: ApplyForDesignationInput, @Ctx() ctx: OrgContext) {
    return applyForDesignation(ctx, input);
  }

  @Mutation(() => DesignationApplication, {
    description:
      'Takes up a SUBMITTED application for review (受理审核). ADMIN; ORG_ADMIN of a unit strictly above the applicant. Any other state: CONFLICT.',
  })
  reviewDesignationApplication(@Arg('input', () => ApplicationStepInput, INPUT_ARG) input: ApplicationStepInput, @Ctx() ctx: OrgContext) {
    return takeApplicationStep(ctx, REVIEW, input);
  }

  @Mutation(() => DesignationApplication, {
    description:
      'Grants an application UNDER_REVIEW (命名): the designation is created and linked. ADMIN; ORG_ADMIN of a unit strictly above the applicant.',
  })
  grantDesignationApplication(@Arg('input', () => ApplicationStepInput, INPUT_ARG) input: ApplicationStepInput, @Ctx() ctx: OrgContext) {
    return takeApplicationStep(ctx, GRANT, input);
  }

  @Mutation(() => DesignationApplication, {
    description: 'Rejects an application UNDER_REVIEW, with the reason in the note (驳回). Same rights as granting.',
  })
  rejectDesignationApplication(@Arg('input', () => ApplicationStepInput, INPUT_ARG) input: ApplicationStepInput, @Ctx() ctx: OrgContext) {
    return takeApplicationStep(ctx, REJECT, input);
  }

  @Mutation(() => DesignationApplication, {
    description: 'The applicant withdraws an application not yet decided (撤回申报). Same rights as applying.',
  })
  withdrawDesignationApplication(@Arg('input', () => ApplicationStepInput, INPUT_ARG) input: ApplicationStepInput, @Ctx() ctx: OrgContext) {
    return takeApplicationStep(ctx, WITHDRAW, input);
  }
}
