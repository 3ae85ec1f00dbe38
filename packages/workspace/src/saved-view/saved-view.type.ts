import { Field, ObjectType } from 'type-graphql';
import { OwnedRecordFields } from '../shared/owned-record.type';

@ObjectType('SavedView', {
  description:
    "A view (看板) a propaganda department composed in the console: its panels as the console's JSON, visible to its owner unit's subtree, optionally shared as a read-only public link.",
})
export class SavedView extends OwnedRecordFields {
  @Field({
    description:
      'The view as the console writes it: a JSON object (`{ "version": 1, "panels": [...] }`), at most 64 KB; the server checks only that it is one (视图定义).',
  })
  definition: string;

  shareKey: string | null;
}
