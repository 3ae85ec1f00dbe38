import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { IsOptionalText, NotInFuture, TrimmedLength } from '@civic/subgraph-kit';
import { DesignationKind } from '../../designation/designation-kind.enum';

@InputType('ApplyForDesignationInput', { description: 'A unit applies for a designation to an authority unit above it (称号申报).' })
export class ApplyForDesignationInput {
  @Field(() => ID, { description: 'The unit that applies (申报单位).' })
  applicantUnitId: string;

  @Field(() => ID, { description: "The unit that designates, strictly above the applicant, e.g. Chengdu's center (命名单位)." })
  authorityUnitId: string;

  @Field(() => DesignationKind, { description: 'Kind of designation (称号类别).' })
  kind: DesignationKind;

  @Field({ description: 'Title applied for, e.g. 成都市级新时代文明实践点 (申报称号), 1–200 characters.' })
  @TrimmedLength(1, 200)
  title: string;

  @Field(() => DateScalar, { description: 'Day submitted (申报日期), not in the future.' })
  @NotInFuture()
  appliedOn: string;

  @Field({ description: 'Why the unit applies: its work and results (申报理由), 1–2000 characters.' })
  @TrimmedLength(1, 2000)
  reason: string;

  @Field(() => String, { nullable: true, description: 'Materials submitted with it, as text (申报材料), at most 5000 characters.' })
  @IsOptionalText()
  @TrimmedLength(0, 5000)
  materials?: string | null;
}

@InputType('ApplicationStepInput', {
  description: 'A step on a designation application: take it up, grant, reject or withdraw it (申报审核步骤).',
})
export class ApplicationStepInput {
  @Field(() => ID, { description: 'The application (称号申报).' })
  applicationId: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day of the step (日期), not in the future nor before the application; default today (China time).',
  })
  @IsOptional()
  @NotInFuture()
  on?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Note with the step (审核意见), at most 1000 characters; required when rejecting.',
  })
  @IsOptionalText()
  @TrimmedLength(0, 1000)
  note?: string | null;
}
