import { ArrayMaxSize, Equals, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsMainlandMobile, IsResidentId, TrimmedLength } from '@civic/subgraph-kit';
import { PoliticalStatus, VolunteerKind } from '../volunteer-enums';

const SKILLS_RULE = 'skills: at most 10, each up to 20 characters';

@InputType('RegisterVolunteerInput', {
  description: 'A new volunteer registering at a station or institute under their real name (志愿者实名注册).',
})
export class RegisterVolunteerInput {
  @Field({ description: 'Real name (姓名), 1–50 characters.' })
  @TrimmedLength(1, 50)
  name: string;

  @Field({
    description:
      '18-character resident ID number (身份证号), checksum-validated (GB 11643); birth date and gender are taken from it. Stored encrypted, shown masked. The 15-digit legacy form is refused.',
  })
  @IsResidentId()
  idNumber: string;

  @Field({ description: 'Mainland mobile number (手机号), 11 digits starting 13–19.' })
  @IsMainlandMobile()
  phone: string;

  @Field(() => ID, { description: 'The station or institute the volunteer registers at (所属阵地).' })
  homeUnitId: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The volunteer consents to the processing of their personal data (个人信息处理同意); must be true, the time is recorded.',
  })
  @Equals(true, { message: "consent must be true: registration needs the volunteer's consent to the processing of personal data" })
  consent?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'For a volunteer under 18: a guardian has consented (监护人同意); required then.' })
  guardianConsent?: boolean | null;

  @Field(() => PoliticalStatus, { nullable: true, description: 'Political status (政治面貌).' })
  politicalStatus?: PoliticalStatus | null;

  @Field(() => [String], { nullable: true, description: 'Skills offered (技能特长), up to 10, each up to 20 characters.' })
  @IsOptional()
  @ArrayMaxSize(10, { message: SKILLS_RULE })
  @TrimmedLength(0, 20, { each: true, message: SKILLS_RULE })
  skills?: string[] | null;

  @Field(() => [VolunteerKind], { nullable: true, description: 'Kinds that apply (志愿者类别).' })
  kinds?: VolunteerKind[] | null;
}
