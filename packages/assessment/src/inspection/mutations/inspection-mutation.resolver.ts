import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { AssessmentContext } from '../../loaders';
import { InspectionFinding } from '../finding.type';
import { Inspection } from '../inspection.type';
import { reportFindingFixed, verifyFindingFix } from './finding-steps';
import { AddInspectionFindingInput, RecordInspectionInput, ReportFindingFixedInput, VerifyFindingFixInput } from './inspection.inputs';
import { addInspectionFinding, recordInspection } from './record-inspection';

const WHO = 'ADMIN; ORG_ADMIN for an inspected unit inside its subtree.';

@Resolver(() => Inspection)
export class InspectionMutationResolver {
  @Mutation(() => Inspection, { description: `Records an inspection of a unit and the fixes it requires (督查登记). ${WHO}` })
  recordInspection(@Arg('input', () => RecordInspectionInput, INPUT_ARG) input: RecordInspectionInput, @Ctx() ctx: AssessmentContext) {
    return recordInspection(ctx, input);
  }

  @Mutation(() => Inspection, { description: `Adds a required fix to an inspection, and answers the inspection (追加整改要求). ${WHO}` })
  addInspectionFinding(
    @Arg('input', () => AddInspectionFindingInput, INPUT_ARG) input: AddInspectionFindingInput,
    @Ctx() ctx: AssessmentContext,
  ) {
    return addInspectionFinding(ctx, input);
  }
}

@Resolver(() => InspectionFinding)
export class InspectionFindingMutationResolver {
  @Mutation(() => InspectionFinding, {
    description: `Reports a required fix done: OPEN → FIXED (报告整改完成); any other state is CONFLICT. ${WHO}`,
  })
  reportFindingFixed(
    @Arg('input', () => ReportFindingFixedInput, INPUT_ARG) input: ReportFindingFixedInput,
    @Ctx() ctx: AssessmentContext,
  ) {
    return reportFindingFixed(ctx, input);
  }

  @Mutation(() => InspectionFinding, {
    description: `Verifies a reported fix: FIXED → VERIFIED, done (整改核查销号); any other state is CONFLICT. ${WHO}`,
  })
  verifyFindingFix(@Arg('input', () => VerifyFindingFixInput, INPUT_ARG) input: VerifyFindingFixInput, @Ctx() ctx: AssessmentContext) {
    return verifyFindingFix(ctx, input);
  }
}
