import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { CommunityContext } from '../../loaders';
import { DisputeCase } from '../dispute-case.type';
import { AdvanceDisputeCaseInput } from './advance-dispute-case.input';
import { advanceDisputeCase, openDisputeCase } from './dispute-case-mutations';
import { OpenDisputeCaseInput } from './open-dispute-case.input';

@Resolver(() => DisputeCase)
export class DisputeCaseMutationResolver {
  @Mutation(() => DisputeCase, {
    description: 'Registers a dispute found on the grid, in state FOUND (纠纷登记). ADMIN; ORG_ADMIN and OPERATOR inside their subtree.',
  })
  openDisputeCase(@Arg('input', () => OpenDisputeCaseInput, INPUT_ARG) input: OpenDisputeCaseInput, @Ctx() ctx: CommunityContext) {
    return openDisputeCase(ctx, input);
  }

  @Mutation(() => DisputeCase, {
    description:
      'Takes the next step of a dispute case: mediate, resolve or escalate (纠纷办理); a move its state does not allow is CONFLICT. ADMIN; ORG_ADMIN and OPERATOR inside their subtree.',
  })
  advanceDisputeCase(@Arg('input', () => AdvanceDisputeCaseInput, INPUT_ARG) input: AdvanceDisputeCaseInput, @Ctx() ctx: CommunityContext) {
    return advanceDisputeCase(ctx, input);
  }
}
