import { Field, InputType, Int } from 'type-graphql';
import { NumberRange } from '../validation';

/**
 * The version of a record its editor read: an edit made on a stale copy is refused with CONFLICT
 * rather than silently overwriting someone else's change. Inputs of edits extend this class.
 * type-graphql copies a parent's fields only from a registered input type; nothing references this
 * one itself, so it never shows in a schema.
 */
@InputType('VersionedInput')
export abstract class VersionedInput {
  @Field(() => Int, {
    description:
      'The `version` of the record as you read it; if it has changed since, nothing is changed and CONFLICT comes back (版本号).',
  })
  @NumberRange(1, 2_147_483_647)
  expectedVersion: number;
}
