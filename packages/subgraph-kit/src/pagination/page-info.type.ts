import { Directive, Field, ObjectType } from 'type-graphql';

@Directive('@shareable')
@ObjectType({ description: 'Where a page of a connection stands (分页信息).' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page (是否有下一页).' })
  hasNextPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item on this page; pass it as `after` for the next page (末条游标).',
  })
  endCursor: string | null;
}
