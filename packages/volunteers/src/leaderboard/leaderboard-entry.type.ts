import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Volunteer } from '../volunteer/volunteer.type';

@ObjectType('VolunteerRanking', { description: 'One place in a leaderboard of volunteers by approved hours (服务时长排行).' })
export class VolunteerRanking {
  @Field(() => Int, { description: 'Place, 1 for the most hours; equal hours share a place (名次).' })
  rank: number;

  @Field(() => Float, { description: 'Approved hours in the period (时长).' })
  hours: number;

  @Field(() => Volunteer, { description: 'The volunteer (志愿者).' })
  volunteer: Volunteer;
}
