import { Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { TrimmedLength, OrgLevel } from '@civic/subgraph-kit';
import { UnitDetailsInput } from './unit-details.input';

@InputType('CreateOrgUnitInput', { description: 'A new unit of the hierarchy (新建阵地).' })
export class CreateOrgUnitInput extends UnitDetailsInput {
  @Field({ description: 'Official name (名称), 1–100 characters.' })
  @TrimmedLength(1, 100)
  name: string;

  @Field({ description: 'Unique code (编码): letters, digits and hyphens, e.g. 513426100001-SJZ.' })
  @Matches(/^\s*[0-9A-Za-z][0-9A-Za-z-]{1,39}\s*$/, { message: 'code must be 2 to 40 letters, digits or hyphens' })
  code: string;

  @Field(() => OrgLevel, { description: 'Tier (层级); must fit under the parent.' })
  level: OrgLevel;

  @Field(() => ID, { nullable: true, description: 'The unit above (上级); omit only for a top-level center (ADMIN only).' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Administrative division served (区划代码).' })
  regionCode?: string | null;
}
