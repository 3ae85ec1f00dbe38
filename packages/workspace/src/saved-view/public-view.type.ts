import { Field, ObjectType } from 'type-graphql';

/** A shared view as anyone with its link reads it: what the wall screen shows, and nothing about who made it. */
@ObjectType('PublicView', {
  description: 'A saved view as its public link shows it, to anyone with the link and without a token: no people, no ids (公开看板).',
})
export class PublicView {
  @Field({ description: 'Name (名称).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is for (说明).' })
  description: string | null;

  @Field({ description: 'The view as the console wrote it, a JSON object (视图定义).' })
  definition: string;

  @Field(() => String, { nullable: true, description: 'The name of the org unit it belongs to; null when none (所属单位名称).' })
  ownerUnitName: string | null;

  @Field(() => Date, { description: 'When it was last changed (更新时间).' })
  updatedAt: Date;
}
