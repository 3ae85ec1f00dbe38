import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { tryParseId } from '@civic/subgraph-kit';
import { CustomsReformCoverage } from '../customs-reform/customs-reform-coverage.type';
import { CustomsReformMeasure } from '../customs-reform/customs-reform-measure.type';
import type { CampaignsContext } from '../loaders';
import { OrgUnitStub } from './org-unit.stub';

/** Customs reform (移风易俗) at a village or community, and its coverage over a subtree. */
@Resolver(() => OrgUnitStub)
export class OrgUnitCustomsReformResolver {
  @FieldResolver(() => CustomsReformCoverage, {
    description: "How many stations of this unit's subtree revised their village rules and set up a red-white council (移风易俗覆盖情况).",
  })
  customsReformCoverage(
    @Root() unit: OrgUnitStub,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Count measures adopted on or before this day, YYYY-MM-DD; omit for today (截至日期).',
    })
    asOf: string | null,
    @Ctx() ctx: CampaignsContext,
  ) {
    return ctx.loaders.customsReformCoverage.load({ unitId: unit.id, asOf });
  }

  @FieldResolver(() => [CustomsReformMeasure], {
    description: 'The customs-reform measures this unit itself adopted (本单位移风易俗举措).',
  })
  customsReformMeasures(@Root() unit: OrgUnitStub, @Ctx() ctx: CampaignsContext) {
    const id = tryParseId(unit.id);
    return id === null ? [] : ctx.loaders.measuresByUnit.load(id);
  }
}
