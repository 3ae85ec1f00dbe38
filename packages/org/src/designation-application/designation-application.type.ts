import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { DesignationKind } from '../designation/designation-kind.enum';
import { ApplicationState } from './application-state.enum';

@ObjectType('DesignationApplication', {
  description:
    'An application of a unit for a designation (称号申报), e.g. for 成都市级新时代文明实践点: submitted, reviewed by the authority, then granted (命名) or rejected (驳回), or withdrawn.',
})
export class DesignationApplication {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => DesignationKind, { description: 'Kind of designation applied for (称号类别).' })
  kind: DesignationKind;

  @Field({ description: 'Title applied for, e.g. 成都市级新时代文明实践点 (申报称号).' })
  title: string;

  @Field(() => DateScalar, { description: 'Day the application was submitted (申报日期).' })
  appliedOn: string;

  @Field({ description: 'Why the unit applies: its work and results (申报理由).' })
  reason: string;

  @Field(() => String, { nullable: true, description: 'Materials submitted with it, as text (申报材料).' })
  materials: string | null;

  @Field(() => ApplicationState, { description: 'Where it stands (申报状态).' })
  state: ApplicationState;

  @Field(() => DateScalar, { nullable: true, description: 'Day it was granted or rejected; null while undecided (决定日期).' })
  decidedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The decision note; always given for a rejection (审核意见).' })
  decisionNote: string | null;

  applicantUnitId: number;
  authorityUnitId: number;
  designationId: number | null;
}

@ObjectType('ApplicationStep', { description: 'One step of a designation application, with its day and who took it (申报流程记录).' })
export class ApplicationStep {
  @Field(() => ApplicationState, { description: 'The state the step led to (状态).' })
  state: ApplicationState;

  @Field(() => DateScalar, { description: 'Day of the step (日期).' })
  takenOn: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who took it: the signed-in subject, as the audit log records it; null for callers without a token (经办人).',
  })
  actor: string | null;

  @Field({ description: 'The role they acted in, e.g. ORG_ADMIN (经办角色).' })
  actorRole: string;

  @Field(() => String, { nullable: true, description: 'Code of the unit they acted for, e.g. 510100-ZX (经办单位编码).' })
  actorOrgUnitCode: string | null;

  @Field(() => String, { nullable: true, description: 'Note given with the step (备注).' })
  note: string | null;
}
