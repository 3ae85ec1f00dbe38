import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsMainlandMobile, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';
import { PoliticalStatus, VolunteerKind } from '../volunteer-enums';

const SKILLS_RULE = 'skills: at most 10, each up to 20 characters';

@InputType('UpdateVolunteerInput', {
  description: "Changes to a volunteer's record; omitted fields stay as they are (修改志愿者信息).",
})
export class UpdateVolunteerInput extends VersionedInput {
  @Field(() => ID, { description: 'The volunteer (志愿者).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Corrected real name, 1–50 characters; staff only (姓名).' })
  @ValidateIfGiven()
  @TrimmedLength(1, 50)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Mainland mobile number, 11 digits starting 13–19 (手机号).' })
  @ValidateIfGiven()
  @IsMainlandMobile()
  phone?: string;

  @Field(() => PoliticalStatus, { nullable: true, description: 'Political status; null clears it (政治面貌).' })
  politicalStatus?: PoliticalStatus | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Skills offered, replacing the current ones: up to 10, each up to 20 characters (技能特长).',
  })
  @IsOptional()
  @ArrayMaxSize(10, { message: SKILLS_RULE })
  @TrimmedLength(0, 20, { each: true, message: SKILLS_RULE })
  skills?: string[] | null;

  @Field(() => [VolunteerKind], { nullable: true, description: 'Kinds that apply, replacing the current ones; staff only (志愿者类别).' })
  kinds?: VolunteerKind[] | null;
}
