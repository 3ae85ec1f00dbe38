import { Field, ObjectType } from 'type-graphql';
import { OwnedRecordFields } from '../shared/owned-record.type';

@ObjectType('SavedQuery', {
  description:
    "An analyst's saved GraphQL operation (分析查询), with the variables it runs with, shared with the owner unit's subtree (or, saved by an unscoped role, with the other unscoped roles).",
})
export class SavedQuery extends OwnedRecordFields {
  @Field({ description: 'The GraphQL document to run: operations and fragments, at most 100 KB (查询语句).' })
  query: string;

  @Field(() => String, { nullable: true, description: 'Its variables as a JSON object, at most 64 KB; null for none (查询变量).' })
  variables: string | null;
}
