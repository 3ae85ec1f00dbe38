import { ArgsType, Field } from 'type-graphql';
import { PageArgsType } from '@civic/subgraph-kit';

/** A page of saved records, optionally narrowed by name; each list adds its own `orderBy`. */
@ArgsType()
export class RecordPageArgs extends PageArgsType {
  @Field(() => String, {
    nullable: true,
    description: 'Name contains this, in Chinese (会东) or pinyin, whole (huidong) or initials (hd), up to 50 characters (名称搜索).',
  })
  search?: string | null;
}
