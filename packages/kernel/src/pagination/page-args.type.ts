import { ArgsType, Field, Int } from 'type-graphql';
import type { PageArgs } from './page-args';

@ArgsType()
export class PageArgsType implements PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (`pageInfo.endCursor` of the previous page).' })
  after?: string | null;
}
