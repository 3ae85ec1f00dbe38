import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { IsOptionalText, TrimmedLength } from '@civic/subgraph-kit';

@InputType('CompleteEnrollmentInput', { description: 'Records that a participant completed a program (结业).' })
export class CompleteEnrollmentInput {
  @Field(() => ID, { description: 'The enrollment; its participant must have attended (报名记录).' })
  enrollmentId: string;

  @Field(() => String, { nullable: true, description: 'Certificate number, 1–50 characters, unique across programs (结业证书编号).' })
  @IsOptionalText()
  @TrimmedLength(0, 50)
  certificateNumber?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Day of completion, from the program's first day up to today; default today (结业日期).",
  })
  completedOn?: string | null;
}
