import { Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';

/**
 * The fields saved views and saved queries share. type-graphql copies a parent's fields only from a
 * registered object type; nothing returns this one itself, so it never shows in the schema.
 */
@ObjectType('SavedRecordFields')
export abstract class OwnedRecordFields {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'Name, 1–60 characters (名称).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is for, up to 500 characters (说明).' })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'The token subject of whoever saved it first (创建人).' })
  createdBy: string | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  @Field(() => Date, { description: 'When it was first saved (创建时间).' })
  createdAt: Date;

  @Field(() => Date, { description: 'When it was last changed (更新时间).' })
  updatedAt: Date;

  ownerUnitId: number | null;
}

/** What `ownerUnit` means on every saved record. */
export const OWNER_UNIT_DESCRIPTION =
  'The org unit it belongs to, whose subtree sees it: the unit of the staff member who saved it; null when an unscoped role (ADMIN, ANALYST) saved it, and then only unscoped roles see it (所属单位).';
