import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { CommunityContext } from '../../loaders';
import { Assistance } from '../assistance.type';
import { recordAssistance } from './record-assistance';
import { RecordAssistanceInput } from './record-assistance.input';

@Resolver(() => Assistance)
export class AssistanceMutationResolver {
  @Mutation(() => Assistance, {
    description: 'Records help given to a registered household (帮扶登记). ADMIN; ORG_ADMIN and OPERATOR inside their subtree.',
  })
  recordAssistance(@Arg('input', () => RecordAssistanceInput, INPUT_ARG) input: RecordAssistanceInput, @Ctx() ctx: CommunityContext) {
    return recordAssistance(ctx, input);
  }
}
