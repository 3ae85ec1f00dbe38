import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';

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

  homeUnitId: number | null;
  phone: string | null;
  idNumberCipher: string | null;
}
