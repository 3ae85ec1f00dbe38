import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';

@ObjectType('ServiceCertificate', { description: 'A volunteer service record certificate (志愿服务记录证明), as issued.' })
export class ServiceCertificate {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'Certificate number, e.g. ZM-2026-00000001 (证明编号).' })
  certificateNumber: string;

  @Field({ description: "The volunteer's real name (姓名)." })
  name: string;

  @Field(() => String, { nullable: true, description: 'Resident ID number, masked (身份证号).' })
  maskedIdNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Volunteer number (志愿者编号).' })
  volunteerNumber: string | null;

  @Field(() => Float, { description: 'Approved service hours on the day of issue (累计服务时长).' })
  hours: number;

  @Field(() => Int, { description: 'Approved records behind those hours (服务次数).' })
  recordCount: number;

  @Field({ description: 'What the service was, summarised from the records (服务内容摘要).' })
  contentSummary: string;

  @Field(() => DateScalar, { description: 'Day of issue (开具日期).' })
  issuedOn: string;

  volunteerId: number;
  issuingUnitId: number;
}
