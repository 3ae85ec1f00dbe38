import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { OrgUnitStub } from '../references/org-unit.stub';
import type { SchemeEntity } from '../scheme/scheme.entity';
import { AssessmentScheme } from '../scheme/scheme.type';
import { IndicatorScore } from './indicator-score.type';

@ObjectType('UnitAssessment', {
  // Plain properties: without this type-graphql wraps every field in a resolver of its own (see docs/performance.md).
  simpleResolvers: true,
  description:
    "A unit's result in an assessment scheme (考核结果): its rank among the units of the ranked tier, its total, and its score on every indicator with the figures behind it. Scored on read, from figures at most ASSESSMENT_FIGURES_MAX_AGE_SECONDS old (see figuresAsOf).",
})
export class UnitAssessment {
  // Plain fields, no field resolvers: a county's ranking is over a thousand scores, and a resolver per field cost more than the rest.
  @Directive('@provides(fields: "name")')
  @Field(() => OrgUnitStub, { description: 'The unit assessed (考核对象).' })
  unit: OrgUnitStub;

  @Field(() => AssessmentScheme, { description: 'The scheme it is assessed in (考核方案).' })
  scheme: SchemeEntity;

  @Field(() => Int, {
    description: 'Place by total score, 1 the best; units with the same total share a place and the next place is skipped (排名).',
  })
  rank: number;

  @Field(() => Float, { description: "Sum of the unit's indicator scores, two decimals (总得分)." })
  totalScore: number;

  @Field(() => Float, { description: "The most it could score: the sum of the scheme's weights (满分)." })
  maxScore: number;

  @Field(() => [IndicatorScore], { description: "Its score on each of the scheme's indicators, in the scheme's order (指标得分)." })
  indicators: IndicatorScore[];

  @Field(() => Date, {
    description:
      "When the figures behind the scores were read from the platform's data (数据截至). A ranking's figures are recomputed in the background once older than the deployment's ASSESSMENT_FIGURES_MAX_AGE_SECONDS (60 by default); weights and targets always apply as they are now.",
  })
  figuresAsOf: Date;
}
