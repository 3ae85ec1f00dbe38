import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { badUserInput, DateScalar } from '@civic/runtime';
import { PeriodArgs, tryParseId } from '@civic/subgraph-kit';
import { CustomsReformCoverage } from '../customs-reform/customs-reform-coverage.type';
import { CustomsReformMeasure } from '../customs-reform/customs-reform-measure.type';
import type { CampaignsContext } from '../loaders';
import { OrgUnitStub } from './org-unit.stub';

/** Customs reform (移风易俗) at a village or community, and its coverage over a subtree. */
@Resolver(() => OrgUnitStub)
export class OrgUnitCustomsReformResolver {
  @FieldResolver(() => CustomsReformCoverage, {
    description:
      "How many stations of this unit's subtree have revised village rules and a red-white council in force on a day: adopted by then and not revoked (a measure stops counting on its revocation day) (移风易俗覆盖情况).",
  })
  customsReformCoverage(
    @Root() unit: OrgUnitStub,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Count measures in force on this day, YYYY-MM-DD; omit for today; the same as `to` (截至日期).',
    })
    asOf: string | null,
    @Args() period: PeriodArgs,
    @Ctx() ctx: CampaignsContext,
  ) {
    if (asOf && period.to && asOf !== period.to) throw badUserInput('give asOf or to, not both', { argument: 'to' });
    if (asOf && period.from && asOf < period.from)
      throw badUserInput(`asOf (${asOf}) must not be before from (${period.from})`, { argument: 'asOf' });
    return ctx.loaders.customsReformCoverage.load({ unitId: unit.id, asOf: period.to ?? asOf, adoptedFrom: period.from ?? null });
  }

  @FieldResolver(() => [CustomsReformMeasure], {
    description: 'The customs-reform measures this unit itself adopted; revoked ones only on request (本单位移风易俗举措).',
  })
  async customsReformMeasures(
    @Root() unit: OrgUnitStub,
    @Arg('includeRevoked', () => Boolean, { nullable: true, description: 'Also list revoked measures (default false) (含已撤销).' })
    includeRevoked: boolean | null,
    @Ctx() ctx: CampaignsContext,
  ) {
    const id = tryParseId(unit.id);
    const measures = id === null ? [] : await ctx.loaders.measuresByUnit.load(id);
    return includeRevoked ? measures : measures.filter((measure) => measure.revokedOn === null);
  }
}
