import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { IsOptionalText, NotInFuture, TrimmedLength } from '@civic/subgraph-kit';

@InputType('InspectionFindingInput', { description: 'A fix an inspection requires of the unit (整改要求).' })
export class InspectionFindingInput {
  @Field({ description: 'What must be fixed, 1–1000 characters (整改要求).' })
  @TrimmedLength(1, 1000)
  requiredFix: string;

  @Field(() => DateScalar, { description: 'Day by which it must be fixed, not before the inspection (整改期限).' })
  dueOn: string;
}

@InputType('RecordInspectionInput', { description: 'An inspection visit to record, with the fixes it requires (督查登记).' })
export class RecordInspectionInput {
  @Field(() => ID, { description: 'The unit inspected; the caller needs inspection:write there (被督查单位).' })
  orgUnitId: string;

  @Field(() => ID, {
    nullable: true,
    description: "The assessment scheme it is made under, if any; the unit must lie inside the scheme owner's subtree (所属考核方案).",
  })
  schemeId?: string | null;

  @Field(() => DateScalar, { description: 'Day of the visit, not in the future (督查日期).' })
  @NotInFuture()
  inspectedOn: string;

  @Field({ description: 'Who inspected: the team, offices or names, 1–200 characters (督查人员).' })
  @TrimmedLength(1, 200)
  inspectors: string;

  @Field({ description: 'What was found, 1–2000 characters (督查情况).' })
  @TrimmedLength(1, 2000)
  summary: string;

  @Field(() => [InspectionFindingInput], {
    nullable: true,
    description: 'The fixes it requires, at most 20; more can be added later (整改要求).',
  })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'findings may list at most 20 fixes' })
  @ValidateNested()
  findings?: InspectionFindingInput[] | null;
}

@InputType('AddInspectionFindingInput', { description: 'A further fix an inspection requires (追加整改要求).' })
export class AddInspectionFindingInput extends InspectionFindingInput {
  @Field(() => ID, { description: 'The inspection (督查).' })
  inspectionId: string;
}

@InputType('ReportFindingFixedInput', { description: "The unit's report that a required fix is done (报告整改完成)." })
export class ReportFindingFixedInput {
  @Field(() => ID, { description: 'The finding, OPEN (整改要求).' })
  findingId: string;

  @Field(() => DateScalar, { description: 'Day it was fixed: not in the future, not before the inspection (整改完成日期).' })
  @NotInFuture()
  fixedOn: string;

  @Field({ description: 'What was done, 1–1000 characters (整改情况).' })
  @TrimmedLength(1, 1000)
  report: string;
}

@InputType('VerifyFindingFixInput', { description: 'The check that a reported fix is done (整改核查销号).' })
export class VerifyFindingFixInput {
  @Field(() => ID, { description: 'The finding, FIXED (整改要求).' })
  findingId: string;

  @Field(() => DateScalar, { description: 'Day of the check: not in the future, not before the fix (核查日期).' })
  @NotInFuture()
  verifiedOn: string;

  @Field(() => String, { nullable: true, description: 'What the check found, up to 1000 characters (核查意见).' })
  @IsOptionalText()
  @TrimmedLength(0, 1000)
  note?: string | null;
}
