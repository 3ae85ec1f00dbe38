import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId, tryParseId, type Connection } from '@civic/subgraph-kit';
import type { AssessmentContext } from '../loaders';
import type { UnitAssessmentRow } from '../ranking/ranking.loader';
import { UnitAssessment } from '../ranking/unit-assessment.type';
import { OrgUnitStub } from '../references/org-unit.stub';
import { AssessmentSchemeConnection } from '../scheme/scheme.connection';
import type { SchemeEntity } from '../scheme/scheme.entity';
import { AssessmentSchemeOrder, schemeOrdering } from '../scheme/scheme-order.input';
import { assertMayReadAssessments } from '../shared/read-access';

const NO_PAGE: Connection<never> = { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };

/** The assessment fields this subgraph adds to OrgUnit: the schemes it owns and its result in one. */
@Resolver(() => OrgUnitStub)
export class OrgUnitAssessmentResolver {
  @FieldResolver(() => AssessmentSchemeConnection, {
    description: 'The assessment schemes this unit owns, latest period first unless sorted otherwise (考核方案). Staff roles and ANALYST.',
  })
  assessmentSchemes(
    @Root() unit: OrgUnitStub,
    @Arg('orderBy', () => AssessmentSchemeOrder, { nullable: true, description: 'How to sort; omit for latest period first (排序).' })
    orderBy: AssessmentSchemeOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: AssessmentContext,
  ): Promise<Connection<SchemeEntity>> {
    assertMayReadAssessments(ctx.access);
    const unitId = tryParseId(unit.id);
    if (unitId === null) return Promise.resolve(NO_PAGE);
    return ctx.loaders.schemesOfUnit.load({ parentId: unitId, page, filter: null, ordering: schemeOrdering(orderBy) });
  }

  @FieldResolver(() => UnitAssessment, {
    nullable: true,
    description:
      "This unit's result in a scheme: rank, total and indicator scores, as the scheme's ranking gives them (see figuresAsOf) (考核结果). Null when the scheme does not rank it. Staff roles and ANALYST.",
  })
  async assessment(
    @Root() unit: OrgUnitStub,
    @Arg('schemeId', () => ID, { description: 'The scheme (考核方案).' }) schemeId: string,
    @Ctx() ctx: AssessmentContext,
  ): Promise<UnitAssessmentRow | null> {
    assertMayReadAssessments(ctx.access);
    const scheme = await ctx.loaders.schemeById.load(String(parseId(schemeId, 'assessment scheme')));
    if (!scheme) return null;
    return (await ctx.loaders.ranking.load(scheme)).find((row) => String(row.unitId) === unit.id) ?? null;
  }
}
