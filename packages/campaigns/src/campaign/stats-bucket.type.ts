import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('StatsBucket', { description: 'The figures of one group of a breakdown (分组统计).' })
export class StatsBucket {
  @Field({
    description:
      'The group: an enum value (VENUE_TYPE, FORMAT), an org unit id (ORG_UNIT; "OUTSIDE" for events hosted outside the organiser\'s subtree), or YYYY-MM (MONTH) (分组键).',
  })
  key: string;

  @Field({ description: 'Human-readable: unit name, 进农村, 火塘夜话, 2021年3月 (分组名称).' })
  label: string;

  @Field(() => Int, { description: 'Events held in this group (活动场次).' })
  eventCount: number;

  @Field(() => Int, { description: 'People reached in this group (受众人次).' })
  audienceTotal: number;
}
