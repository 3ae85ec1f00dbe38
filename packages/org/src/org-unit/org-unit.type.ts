import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION, OrgLevel } from '@civic/subgraph-kit';
import { DateScalar } from '@civic/runtime';

@Directive('@key(fields: "id")')
@ObjectType('OrgUnit', {
  description:
    'A civilization-practice unit (文明实践阵地): a center, sub-center, institute, station or practice point, placed in one hierarchy.',
})
export class OrgUnit {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'Unique unit code (单位编码).' })
  code: string;

  // Shareable: the assessment subgraph provides it along a ranking (@provides), read from org.unit_tree.
  @Directive('@shareable')
  @Field({ description: 'Official name, e.g. 会东县新时代文明实践中心 (名称).' })
  name: string;

  @Field(() => OrgLevel, { description: 'Tier in the hierarchy (层级).' })
  level: OrgLevel;

  @Field(() => DateScalar, { nullable: true, description: 'Day the unit was unveiled (揭牌日期).' })
  establishedOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the unit closed, if it did; closed units keep their history (撤销日期).' })
  closedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Street address (地址).' })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'For a sub-center, the county department that runs it, e.g. 卫生健康 (主办部门).' })
  department: string | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  /** Not exposed: used by field resolvers. */
  latitude: number | null;
  longitude: number | null;
  contactName: string | null;
  contactTitle: string | null;
  contactPhone: string | null;
  parentId: number | null;
  regionCode: string | null;
  path: string;
}
