import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { CommunityContext } from '../../loaders';
import { Visit } from '../visit.type';
import { recordVisit } from './record-visit';
import { RecordVisitInput } from './record-visit.input';

@Resolver(() => Visit)
export class VisitMutationResolver {
  @Mutation(() => Visit, {
    description: 'Records a door-to-door visit (走访登记). ADMIN; ORG_ADMIN and OPERATOR inside their subtree.',
  })
  recordVisit(@Arg('input', () => RecordVisitInput, INPUT_ARG) input: RecordVisitInput, @Ctx() ctx: CommunityContext) {
    return recordVisit(ctx, input);
  }
}
