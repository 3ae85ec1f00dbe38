import { Field, Float, ObjectType } from 'type-graphql';
import { IndicatorKind } from '../indicator/indicator-kind.enum';
import type { IndicatorEntity } from '../indicator/indicator.entity';
import { AssessmentIndicator } from '../indicator/indicator.type';

@ObjectType('IndicatorScore', {
  // Plain properties: without this type-graphql wraps every field in a resolver of its own (see docs/performance.md).
  simpleResolvers: true,
  description:
    "A unit's score on one indicator (指标得分): value = numerator ÷ denominator; score = weight × min(value ÷ target, 1), two decimals; no value (nothing to divide by) scores 0. `rows` lists what the numerator adds up.",
})
export class IndicatorScore {
  @Field(() => AssessmentIndicator, { description: 'The indicator scored (考核指标).' })
  indicator: IndicatorEntity;

  @Field(() => IndicatorKind, { description: 'What it measures (指标类别).' })
  kind: IndicatorKind;

  @Field(() => Float, { description: 'The value that earns the full weight (目标值).' })
  target: number;

  @Field(() => Float, { description: 'Points the indicator is worth (分值).' })
  weight: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The computed value, four decimals; null when the denominator is 0, e.g. no orders were placed (指标值).',
  })
  value: number | null;

  @Field(() => Float, { description: 'What was added up: events, hours, stations, ratings… (分子).' })
  numerator: number;

  @Field(() => Float, { description: 'What it was divided by: station-months, volunteers, orders… (分母).' })
  denominator: number;

  @Field(() => Float, { description: 'Points earned on the indicator, 0 up to its weight (得分).' })
  score: number;
}
