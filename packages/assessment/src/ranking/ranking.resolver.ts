import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgsType } from '@civic/subgraph-kit';
import { AssessmentEvidenceConnection } from '../evidence/evidence.connection';
import { AssessmentEvidenceOrder, evidenceOrdering } from '../evidence/evidence-order.input';
import { IndicatorKind } from '../indicator/indicator-kind.enum';
import type { AssessmentContext } from '../loaders';
import { IndicatorScore } from './indicator-score.type';
import type { IndicatorScoreRow, UnitAssessmentRow } from './ranking.loader';
import { UnitAssessment } from './unit-assessment.type';

@Resolver(() => UnitAssessment)
export class UnitAssessmentResolver {
  @FieldResolver(() => IndicatorScore, {
    nullable: true,
    description: 'Its score on the indicator of this kind; null when the scheme has none (单项指标得分).',
  })
  indicatorScore(
    @Root() row: UnitAssessmentRow,
    @Arg('kind', () => IndicatorKind, { description: 'The kind of indicator (指标类别).' }) kind: IndicatorKind,
  ): IndicatorScoreRow | null {
    return row.indicators.find((score) => score.kind === kind) ?? null;
  }
}

@Resolver(() => IndicatorScore)
export class IndicatorScoreResolver {
  @FieldResolver(() => AssessmentEvidenceConnection, {
    description:
      'The rows behind the numerator, earliest first unless sorted otherwise, paginated (考核依据): their amounts add up to it. Rows of many units and scores come in one statement per indicator kind.',
  })
  rows(
    @Root() row: IndicatorScoreRow,
    @Arg('orderBy', () => AssessmentEvidenceOrder, { nullable: true, description: 'How to sort; omit for earliest first (排序).' })
    orderBy: AssessmentEvidenceOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: AssessmentContext,
  ) {
    return ctx.loaders.evidence.load({
      kind: row.indicator.kind,
      unitId: row.unitId,
      from: row.scheme.periodFrom,
      to: row.scheme.periodTo,
      page,
      ordering: evidenceOrdering(orderBy),
    });
  }
}
