import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('VolunteerStats', {
  description: 'Volunteer figures for a unit or its subtree, now or for a period (志愿服务统计).',
})
export class VolunteerStats {
  @Field(() => Int, {
    description:
      'Volunteers on the register whose home unit is covered: now, or at the end of the period; deregistered ones are left out (注册志愿者数).',
  })
  volunteerCount: number;

  @Field(() => Int, {
    description: 'Active volunteer service teams based at covered units: now, or at the end of the period (志愿服务队数).',
  })
  teamCount: number;

  @Field(() => Float, {
    description:
      'Approved service hours of the volunteers registered at covered units: all, or of service begun in the period (累计服务时长, 小时).',
  })
  serviceHours: number;
}
