import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { FindingState } from './finding-state.enum';

@ObjectType('InspectionFinding', {
  description:
    'A fix an inspection requires of the unit (整改要求) and where it stands: OPEN → FIXED (reported by the unit) → VERIFIED (checked), with who recorded each step and when.',
})
export class InspectionFinding {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'What must be fixed (整改要求).' })
  requiredFix: string;

  @Field(() => DateScalar, { description: 'Day by which it must be fixed (整改期限).' })
  dueOn: string;

  @Field(() => FindingState, { description: 'Where it stands (整改状态).' })
  state: FindingState;

  @Field(() => DateScalar, { nullable: true, description: 'Day the unit fixed it; null while open (整改完成日期).' })
  fixedOn: string | null;

  @Field(() => String, { nullable: true, description: 'What the unit did, as it reported (整改情况).' })
  fixReport: string | null;

  @Field(() => String, { nullable: true, description: 'Who reported it fixed: the token subject (整改报告人).' })
  fixedBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When the fix was reported (报告时间).' })
  fixedAt: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the fix was checked and accepted (核查日期).' })
  verifiedOn: string | null;

  @Field(() => String, { nullable: true, description: 'What the check found (核查意见).' })
  verificationNote: string | null;

  @Field(() => String, { nullable: true, description: 'Who verified it: the token subject (核查人).' })
  verifiedBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When the verification was recorded (核查录入时间).' })
  verifiedAt: Date | null;

  @Field({ description: 'Who recorded the requirement: the token subject (录入人).' })
  createdBy: string;

  @Field({ description: 'When it was recorded (录入时间).' })
  createdAt: Date;
}
