import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('VolunteerStats', { description: 'Volunteer figures for a unit or its subtree (志愿服务统计).' })
export class VolunteerStats {
  @Field(() => Int, { description: 'Registered volunteers whose home unit is covered (注册志愿者数).' })
  volunteerCount: number;

  @Field(() => Int, { description: 'Volunteer service teams based at covered units (志愿服务队数).' })
  teamCount: number;

  @Field(() => Float, { description: 'Approved service hours of those volunteers (累计服务时长, 小时).' })
  serviceHours: number;
}
