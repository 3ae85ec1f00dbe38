import { Field, ID, InputType } from 'type-graphql';

@InputType('RegisterVolunteerInput', { description: 'A new volunteer registering at a station or institute (志愿者注册).' })
export class RegisterVolunteerInput {
  @Field({ description: 'Real name (姓名), 1–50 characters.' })
  name: string;

  @Field({ description: '18-character resident ID number (身份证号), checksum-validated (GB 11643); stored encrypted, shown masked.' })
  idNumber: string;

  @Field({ description: 'Mainland mobile number (手机号), 11 digits.' })
  phone: string;

  @Field(() => ID, { description: 'The org unit the volunteer registers at (所属阵地).' })
  homeUnitId: string;
}
