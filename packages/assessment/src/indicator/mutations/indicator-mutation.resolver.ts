import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { AssessmentContext } from '../../loaders';
import { AssessmentScheme } from '../../scheme/scheme.type';
import { AssessmentIndicator } from '../indicator.type';
import { AddAssessmentIndicatorInput } from './add-indicator.input';
import { addIndicator, removeIndicator, updateIndicator } from './indicator-mutations';
import { RemoveAssessmentIndicatorInput } from './remove-indicator.input';
import { UpdateAssessmentIndicatorInput } from './update-indicator.input';

const WHO = "ADMIN; ORG_ADMIN for a scheme whose owner is inside its subtree. A CLOSED scheme's indicators do not change (CONFLICT).";

@Resolver(() => AssessmentIndicator)
export class AssessmentIndicatorMutationResolver {
  @Mutation(() => AssessmentIndicator, {
    description: `Adds an indicator to a scheme, one per kind (添加考核指标); a target of 0 or less is BAD_USER_INPUT. ${WHO}`,
  })
  addAssessmentIndicator(
    @Arg('input', () => AddAssessmentIndicatorInput, INPUT_ARG) input: AddAssessmentIndicatorInput,
    @Ctx() ctx: AssessmentContext,
  ) {
    return addIndicator(ctx, input);
  }

  @Mutation(() => AssessmentIndicator, {
    description: `Changes an indicator's target, weight or description, as read (调整考核指标); the next ranking shows it. ${WHO}`,
  })
  updateAssessmentIndicator(
    @Arg('input', () => UpdateAssessmentIndicatorInput, INPUT_ARG) input: UpdateAssessmentIndicatorInput,
    @Ctx() ctx: AssessmentContext,
  ) {
    return updateIndicator(ctx, input);
  }

  @Mutation(() => AssessmentScheme, {
    description: `Takes an indicator out of its scheme, as read, and answers the scheme (删除考核指标); a PUBLISHED scheme keeps at least one. ${WHO}`,
  })
  removeAssessmentIndicator(
    @Arg('input', () => RemoveAssessmentIndicatorInput, INPUT_ARG) input: RemoveAssessmentIndicatorInput,
    @Ctx() ctx: AssessmentContext,
  ) {
    return removeIndicator(ctx, input);
  }
}
