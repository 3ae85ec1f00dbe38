import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NumberRange } from '@civic/subgraph-kit';
import { DesignationKind } from '../designation/designation-kind.enum';
import { ApplicationState } from './application-state.enum';

@InputType('DesignationApplicationFilter', {
  description: 'Which designation applications to list; all given conditions must hold (申报筛选条件).',
})
export class DesignationApplicationFilter {
  @Field(() => ApplicationState, { nullable: true, description: 'Only applications in this state (申报状态).' })
  state?: ApplicationState | null;

  @Field(() => ID, { nullable: true, description: 'Only applications to this authority unit (审核单位).' })
  authorityUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only applications of this unit and every unit below it (申报单位及下级).' })
  applicantUnitId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only applications submitted in this calendar year, e.g. 2021 (申报年度).' })
  @IsOptional()
  @NumberRange(2000, 2100)
  year?: number | null;

  @Field(() => DesignationKind, { nullable: true, description: 'Only applications for this kind of designation (称号类别).' })
  kind?: DesignationKind | null;
}
