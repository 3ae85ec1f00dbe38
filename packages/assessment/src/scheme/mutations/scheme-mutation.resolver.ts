import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { AssessmentContext } from '../../loaders';
import { AssessmentScheme } from '../scheme.type';
import { CreateAssessmentSchemeInput } from './create-scheme.input';
import { closeScheme, createScheme, publishScheme, updateScheme } from './scheme-mutations';
import { AssessmentSchemeStateInput } from './scheme-state.input';
import { UpdateAssessmentSchemeInput } from './update-scheme.input';

const WHO = 'ADMIN; ORG_ADMIN for an owner unit inside its subtree.';
const STALE = 'CONFLICT (nothing changed) when expectedVersion is not the current version.';

@Resolver(() => AssessmentScheme)
export class AssessmentSchemeMutationResolver {
  @Mutation(() => AssessmentScheme, { description: `Creates an assessment scheme as a DRAFT (新建考核方案). ${WHO}` })
  createAssessmentScheme(
    @Arg('input', () => CreateAssessmentSchemeInput, INPUT_ARG) input: CreateAssessmentSchemeInput,
    @Ctx() ctx: AssessmentContext,
  ) {
    return createScheme(ctx, input);
  }

  @Mutation(() => AssessmentScheme, {
    description: `Changes a scheme's name, description, period or ranked tier (修改考核方案); period and tier only while a DRAFT, nothing once CLOSED (CONFLICT). ${WHO} ${STALE}`,
  })
  updateAssessmentScheme(
    @Arg('input', () => UpdateAssessmentSchemeInput, INPUT_ARG) input: UpdateAssessmentSchemeInput,
    @Ctx() ctx: AssessmentContext,
  ) {
    return updateScheme(ctx, input);
  }

  @Mutation(() => AssessmentScheme, {
    description: `Publishes a DRAFT scheme that has indicators (发布考核方案); targets and weights may still be adjusted after. ${WHO} ${STALE}`,
  })
  publishAssessmentScheme(
    @Arg('input', () => AssessmentSchemeStateInput, INPUT_ARG) input: AssessmentSchemeStateInput,
    @Ctx() ctx: AssessmentContext,
  ) {
    return publishScheme(ctx, input);
  }

  @Mutation(() => AssessmentScheme, {
    description: `Closes a PUBLISHED scheme: its results are final and nothing of it changes any more (结束考核方案). ${WHO} ${STALE}`,
  })
  closeAssessmentScheme(
    @Arg('input', () => AssessmentSchemeStateInput, INPUT_ARG) input: AssessmentSchemeStateInput,
    @Ctx() ctx: AssessmentContext,
  ) {
    return closeScheme(ctx, input);
  }
}
