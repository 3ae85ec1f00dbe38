import { ArgsType, Field, Int } from 'type-graphql';
import type { PageArgs } from './page-args';

@ArgsType()
export class PageArgsType implements PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 100, default 20 (每页条数).' })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor after which the page starts: `pageInfo.endCursor` of the previous page (起始游标).',
  })
  after?: string | null;
}
