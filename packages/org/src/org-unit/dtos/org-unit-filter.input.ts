import { Field, ID, InputType } from 'type-graphql';
import { OrgLevel } from '../org-level.enum';

@InputType({ description: 'Which org units to list; all given conditions must hold.' })
export class OrgUnitFilter {
  @Field(() => OrgLevel, { nullable: true, description: 'Only units of this tier.' })
  level?: OrgLevel | null;

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this unit.' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only units anywhere below this unit.' })
  ancestorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Substring of the name, e.g. 社区 (名称包含).' })
  search?: string | null;
}
