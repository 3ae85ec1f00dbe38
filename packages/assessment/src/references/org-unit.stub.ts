import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { OrgUnitKey } from '@civic/subgraph-kit';

/**
 * The org subgraph's OrgUnit, as schemes, rankings and inspections refer to it; extended here with
 * its assessments. Its name is the org subgraph's; a ranking provides it (UnitAssessment.unit
 * @provides), read from org.unit_tree with the figures, so a whole ranking is one subgraph fetch.
 */
@Directive('@key(fields: "id")')
@ObjectType('OrgUnit', {
  // Plain properties: without this type-graphql wraps every field in a resolver of its own (see docs/performance.md).
  simpleResolvers: true,
  description:
    'A civilization-practice unit (文明实践阵地): a center, sub-center, institute, station or practice point, placed in one hierarchy.',
})
export class OrgUnitStub implements OrgUnitKey {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: string;

  @Directive('@external')
  @Field({ description: 'Official name, e.g. 会东县新时代文明实践中心 (名称).' })
  name?: string;
}
