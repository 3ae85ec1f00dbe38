import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { Gender, PoliticalStatus, VolunteerKind } from './volunteer-enums';

@Directive('@key(fields: "id")')
@ObjectType('Volunteer', { description: 'A registered volunteer (注册志愿者). Personal data is masked for callers not entitled to it.' })
export class Volunteer {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'Real name (姓名).' })
  name: string;

  @Field(() => Float, { description: 'Cumulative approved service hours (累计服务时长, 小时).' })
  totalServiceHours: number;

  @Field({ description: 'When the volunteer registered (注册时间).' })
  registeredAt: Date;

  @Field(() => String, { nullable: true, description: 'Volunteer number issued at registration, e.g. ZYZ-2021-00000042 (志愿者编号).' })
  volunteerNumber: string | null;

  @Field(() => Gender, { nullable: true, description: 'Gender, from the resident ID number (性别).' })
  gender: Gender | null;

  @Field(() => PoliticalStatus, { nullable: true, description: 'Political status (政治面貌).' })
  politicalStatus: PoliticalStatus | null;

  @Field(() => [String], { description: 'Skills the volunteer offers, e.g. 医疗, 法律咨询 (技能特长).' })
  skills: string[];

  @Field(() => [VolunteerKind], { description: 'Kinds that apply, e.g. PARTY_MEMBER_REPORTING (志愿者类别).' })
  kinds: VolunteerKind[];

  @Field(() => Date, {
    nullable: true,
    description: 'When the volunteer consented to the processing of their personal data (个人信息处理同意时间).',
  })
  consentAt: Date | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  @Field(() => Date, { nullable: true, description: 'When the volunteer was deregistered; null while registered (注销时间).' })
  deregisteredAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the volunteer was deregistered (注销原因).' })
  deregistrationReason: string | null;

  homeUnitId: number | null;
  birthDate: string | null;
  phone: string | null;
  idNumberCipher: string | null;
}
