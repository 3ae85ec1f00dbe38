import { Arg, Args, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId } from '@civic/subgraph-kit';
import { AssessmentIndicator } from '../indicator/indicator.type';
import type { IndicatorEntity } from '../indicator/indicator.entity';
import type { AssessmentContext } from '../loaders';
import { UnitAssessmentOrder, sortRanking } from '../ranking/ranking-order.input';
import type { UnitAssessmentRow } from '../ranking/ranking.loader';
import { UnitAssessment } from '../ranking/unit-assessment.type';
import { RecognitionConnection } from '../recognition/recognition.connection';
import { RecognitionOrder, recognitionOrdering } from '../recognition/recognition-order.input';
import { OrgUnitStub } from '../references/org-unit.stub';
import { assertMayReadAssessments } from '../shared/read-access';
import { AssessmentSchemeConnection } from './scheme.connection';
import type { SchemeEntity } from './scheme.entity';
import { AssessmentSchemeOrder } from './scheme-order.input';
import { listSchemes } from './scheme.queries';
import { AssessmentScheme } from './scheme.type';

@Resolver(() => AssessmentScheme)
export class AssessmentSchemeResolver {
  @Query(() => AssessmentScheme, {
    nullable: true,
    description: 'One assessment scheme by id (按编号查询考核方案). Staff roles and ANALYST.',
  })
  assessmentScheme(@Arg('id', () => ID, { description: 'The scheme (考核方案).' }) id: string, @Ctx() ctx: AssessmentContext) {
    assertMayReadAssessments(ctx.access);
    return ctx.loaders.schemeById.load(String(parseId(id, 'assessment scheme')));
  }

  @Query(() => AssessmentSchemeConnection, {
    description: 'Assessment schemes, latest period first, paginated (考核方案). Staff roles and ANALYST.',
  })
  assessmentSchemes(
    @Arg('ownerUnitId', () => ID, { nullable: true, description: 'Only the schemes of this owner unit; omit for all (方案所属单位).' })
    ownerUnitId: string | null,
    @Arg('orderBy', () => AssessmentSchemeOrder, { nullable: true, description: 'How to sort; omit for latest period first (排序).' })
    orderBy: AssessmentSchemeOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: AssessmentContext,
  ) {
    assertMayReadAssessments(ctx.access);
    return listSchemes(ctx.db, ownerUnitId, orderBy, page);
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The unit that owns the scheme, e.g. the county center (方案所属单位).' })
  ownerUnit(@Root() scheme: SchemeEntity): OrgUnitStub {
    return { id: String(scheme.ownerUnitId) };
  }

  @FieldResolver(() => [AssessmentIndicator], { description: 'Its indicators, in the order they were added (考核指标).' })
  indicators(@Root() scheme: SchemeEntity, @Ctx() ctx: AssessmentContext): Promise<IndicatorEntity[]> {
    return ctx.loaders.indicatorsOfScheme.load(scheme.id);
  }

  @FieldResolver(() => Float, {
    description: "Sum of the indicators' weights: the most a unit can score; need not be 100 (总分值).",
  })
  async weightTotal(@Root() scheme: SchemeEntity, @Ctx() ctx: AssessmentContext): Promise<number> {
    const indicators = await ctx.loaders.indicatorsOfScheme.load(scheme.id);
    return Math.round(indicators.reduce((sum, indicator) => sum + indicator.weight, 0) * 100) / 100;
  }

  @FieldResolver(() => [UnitAssessment], {
    description:
      "Every unit of the ranked tier inside the owner's subtree with its rank, total and indicator scores, from the platform's data read in one statement for the whole scheme and kept a short while (rankingAsOf), scored with the weights and targets as they are now (考核排名). Staff roles and ANALYST.",
  })
  async ranking(
    @Root() scheme: SchemeEntity,
    @Arg('orderBy', () => UnitAssessmentOrder, { nullable: true, description: 'How to sort; omit for best rank first (排序).' })
    orderBy: UnitAssessmentOrder | null,
    @Ctx() ctx: AssessmentContext,
  ): Promise<UnitAssessmentRow[]> {
    assertMayReadAssessments(ctx.access);
    return sortRanking(await ctx.loaders.ranking.load(scheme), orderBy);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'When the figures behind ranking were read (数据截至); recomputed in the background once older than ASSESSMENT_FIGURES_MAX_AGE_SECONDS (60 by default). Null when the scheme ranks no unit. Staff roles and ANALYST.',
  })
  async rankingAsOf(@Root() scheme: SchemeEntity, @Ctx() ctx: AssessmentContext): Promise<Date | null> {
    assertMayReadAssessments(ctx.access);
    return (await ctx.loaders.ranking.load(scheme))[0]?.figuresAsOf ?? null;
  }

  @FieldResolver(() => RecognitionConnection, {
    description:
      "The recognitions of the scheme's period: units, then teams, then volunteers unless sorted otherwise (评优表彰). Staff roles and ANALYST.",
  })
  recognitions(
    @Root() scheme: SchemeEntity,
    @Arg('orderBy', () => RecognitionOrder, {
      nullable: true,
      description: 'How to sort; omit for units, then teams, then volunteers (排序).',
    })
    orderBy: RecognitionOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: AssessmentContext,
  ) {
    assertMayReadAssessments(ctx.access);
    return ctx.loaders.recognitionsOfScheme.load({ parentId: scheme.id, page, filter: null, ordering: recognitionOrdering(orderBy) });
  }
}
