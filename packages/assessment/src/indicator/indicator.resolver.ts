import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AssessmentContext } from '../loaders';
import { AssessmentScheme } from '../scheme/scheme.type';
import type { IndicatorEntity } from './indicator.entity';
import { AssessmentIndicator } from './indicator.type';
import { INDICATOR_KINDS } from './kinds';

@Resolver(() => AssessmentIndicator)
export class AssessmentIndicatorResolver {
  @FieldResolver(() => String, { description: 'How its value is computed, e.g. 活动场次 ÷ (实践站数 × 月数) (计算方法).' })
  formula(@Root() indicator: IndicatorEntity): string {
    return INDICATOR_KINDS[indicator.kind].formula;
  }

  @FieldResolver(() => AssessmentScheme, { description: 'The scheme it belongs to (所属方案).' })
  async scheme(@Root() indicator: IndicatorEntity, @Ctx() ctx: AssessmentContext) {
    return ctx.loaders.schemeById.load(String(indicator.schemeId));
  }
}
