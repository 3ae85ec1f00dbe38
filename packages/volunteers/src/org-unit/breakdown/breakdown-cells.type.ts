import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CellKey } from '@civic/subgraph-kit';

@ObjectType('ServiceHoursCell', { description: 'One cell of a service-hours breakdown: its keys and figures (服务时长统计单元).' })
export class ServiceHoursCell {
  @Field(() => [CellKey], { description: 'Where the cell sits, one key per dimension asked for, in that order (分组键).' })
  keys: CellKey[];

  @Field(() => Float, { description: 'Approved hours (服务时长).' })
  hours: number;

  @Field(() => Int, { description: 'Approved service records (服务次数).' })
  recordCount: number;

  @Field(() => Int, { description: 'Distinct volunteers who served (参与志愿者数).' })
  volunteerCount: number;
}

@ObjectType('VolunteerCell', { description: 'One cell of a volunteer breakdown: its keys and count (志愿者统计单元).' })
export class VolunteerCell {
  @Field(() => [CellKey], { description: 'Where the cell sits, one key per dimension asked for, in that order (分组键).' })
  keys: CellKey[];

  @Field(() => Int, { description: 'Volunteers (志愿者数).' })
  volunteerCount: number;
}
