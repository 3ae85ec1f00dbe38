import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotBefore, TrimmedLength } from '@civic/subgraph-kit';
import { MobilisationKind } from '../mobilisation-kind.enum';

@InputType('StartMobilisationInput', { description: 'A special-period mobilisation to start (发起应急动员).' })
export class StartMobilisationInput {
  @Field(() => MobilisationKind, { description: 'What it is for (动员类别).' })
  kind: MobilisationKind;

  @Field({ description: 'Title (名称), 1–200 characters.' })
  @TrimmedLength(1, 200)
  title: string;

  @Field(() => ID, { description: 'The calling unit; the caller needs mobilisation:write there (发起单位).' })
  callingUnitId: string;

  @Field(() => [ID], { description: "The area: 1–50 units inside the caller's subtree, each covering its own subtree (动员范围)." })
  areaUnitIds: string[];

  @Field(() => DateScalar, { description: 'First day (开始日期).' })
  startsOn: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day, not before startsOn, for a mobilisation entered after it ended; omit while ongoing (结束日期).',
  })
  @NotBefore('startsOn')
  endsOn?: string | null;
}

@InputType('CallUpTeamsInput', { description: 'Teams called up by a mobilisation (调集服务队).' })
export class CallUpTeamsInput {
  @Field(() => ID, { description: 'The mobilisation, not ended (应急动员).' })
  mobilisationId: string;

  @Field(() => [ID], { description: "1–100 active teams based inside the mobilisation's area; those already called up are kept (服务队)." })
  teamIds: string[];

  @Field(() => DateScalar, { nullable: true, description: 'Day called up, not before the first day; default today (调集日期).' })
  calledUpOn?: string | null;
}

@InputType('CallUpVolunteersInput', { description: 'Volunteers called up by name by a mobilisation (点名调集志愿者).' })
export class CallUpVolunteersInput {
  @Field(() => ID, { description: 'The mobilisation, not ended (应急动员).' })
  mobilisationId: string;

  @Field(() => [ID], {
    description:
      "1–500 registered volunteers whose home unit lies inside the mobilisation's area; those already called up are kept (志愿者).",
  })
  volunteerIds: string[];

  @Field(() => DateScalar, { nullable: true, description: 'Day called up, not before the first day; default today (调集日期).' })
  calledUpOn?: string | null;
}

@InputType('CountServiceTowardMobilisationInput', {
  description: 'Existing service records to count toward a mobilisation (计入动员服务时长).',
})
export class CountServiceTowardMobilisationInput {
  @Field(() => ID, { description: 'The mobilisation (应急动员).' })
  mobilisationId: string;

  @Field(() => [ID], {
    description:
      'Up to 500 service records, neither rejected nor voided, begun within its period by volunteers it called up (by name, or a member of a called-up team that day); each counts toward one mobilisation at most (服务记录).',
  })
  serviceRecordIds: string[];
}
