import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { IndicatorKind } from './indicator-kind.enum';

@ObjectType('AssessmentIndicator', {
  // Plain properties: without this type-graphql wraps every field in a resolver of its own (see docs/performance.md).
  simpleResolvers: true,
  description:
    "An indicator of a scheme (考核指标): a kind from the catalogue, the target value that earns its full weight, and the weight. A unit's score on it is weight × min(value ÷ target, 1).",
})
export class AssessmentIndicator {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => IndicatorKind, { description: 'What it measures, and so how its value is computed (指标类别).' })
  kind: IndicatorKind;

  @Field(() => Float, { description: 'The value that earns the full weight; a share is 0–1, a rating 1–5 (目标值).' })
  target: number;

  @Field(() => Float, { description: 'Points it is worth at or above target (分值).' })
  weight: number;

  @Field(() => String, { nullable: true, description: "The scheme's own words on it, e.g. how units should meet it (指标说明)." })
  description: string | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  @Field({ description: 'When it was last changed (更新时间).' })
  updatedAt: Date;
}
