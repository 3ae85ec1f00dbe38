import { Field, Float, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { EvidenceSource } from './evidence-source.enum';

@ObjectType('AssessmentEvidence', {
  description:
    "One row behind an indicator figure (考核依据): an event counted, a service record summed, a station found active… The amounts of a unit's rows add up to its numerator.",
})
export class AssessmentEvidence {
  @Field(() => EvidenceSource, { description: 'What the row is, and which subgraph holds it (数据来源).' })
  sourceKind: EvidenceSource;

  @Field(() => ID, { description: "The row's id in its own table, e.g. the service record's id (来源编号)." })
  sourceId: number;

  @Field(() => DateScalar, { description: 'Its day, China time: held, begun, placed, adopted… (日期).' })
  day: string;

  @Field({ description: 'What it is, without personal data: a title, a station name (摘要).' })
  label: string;

  @Field(() => Float, { description: 'What it adds to the numerator (计入数量).' })
  amount: number;

  @Field({ description: 'The unit of the amount, e.g. 场, 小时, 分 (计量单位).' })
  unit: string;
}

/** A row as the statement gives it, with the id of the entity it points to. */
export interface EvidenceRow extends AssessmentEvidence {
  refId: number | null;
}
