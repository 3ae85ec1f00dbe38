import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('OnlineReach', { description: 'How far an online event reached (线上传播情况).' })
export class OnlineReach {
  @Field(() => Int, { nullable: true, description: 'Views or plays, where counted (观看人次).' })
  views: number | null;

  @Field(() => Int, { nullable: true, description: 'People who took part online, e.g. joined the live session (线上参与人数).' })
  participants: number | null;

  @Field(() => String, { nullable: true, description: 'Where it was held online, e.g. a WeChat public account (平台).' })
  platform: string | null;
}
