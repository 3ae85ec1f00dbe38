import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { AssessmentContext } from '../../loaders';
import { Recognition } from '../recognition.type';
import { RecordRecognitionInput } from './record-recognition.input';
import { recordRecognition } from './record-recognition';

@Resolver(() => Recognition)
export class RecognitionMutationResolver {
  @Mutation(() => Recognition, {
    description:
      "Records a recognition of a PUBLISHED or CLOSED scheme's period (评优表彰): a unit chosen from its ranking (rank and score kept), a team or a volunteer of the owner's subtree. ADMIN; ORG_ADMIN and PROPAGANDA for a scheme whose owner is inside their subtree.",
  })
  recordRecognition(@Arg('input', () => RecordRecognitionInput, INPUT_ARG) input: RecordRecognitionInput, @Ctx() ctx: AssessmentContext) {
    return recordRecognition(ctx, input);
  }
}
