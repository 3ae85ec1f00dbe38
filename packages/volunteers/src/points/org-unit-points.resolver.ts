import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden } from '@civic/runtime';
import { tryParseId } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { PointsRate } from './points-rate.type';
import { UnitPointsPeriodArgs } from './unit-points.args';
import { UnitPoints } from './unit-points.type';

/** The points figures this subgraph adds to OrgUnit. */
@Resolver(() => OrgUnitStub)
export class OrgUnitPointsResolver {
  @FieldResolver(() => UnitPoints, {
    nullable: true,
    description:
      'Points over this unit and every unit below it (积分统计): earned, bonuses, spent and redemptions in the period; what its volunteers hold now (the liability the budget must cover) and the rate. Staff roles only; null for a unit not in the tree.',
  })
  points(
    @Root() unit: OrgUnitStub,
    @Args() { from, to }: UnitPointsPeriodArgs,
    @Ctx() ctx: VolunteersContext,
  ): Promise<UnitPoints | null> | null {
    ctx.access.requireSignedIn('points figures');
    if (ctx.access.identity.role === 'VOLUNTEER') throw forbidden('points figures of a unit are for staff roles');
    const unitId = tryParseId(unit.id);
    return unitId === null ? null : ctx.loaders.unitPoints.load({ unitId, from, to });
  }

  @FieldResolver(() => PointsRate, {
    description:
      'Points an hour of approved service earns for volunteers registered here (积分标准): its own rule, the nearest above, or 10.',
  })
  pointsRate(@Root() unit: OrgUnitStub, @Ctx() ctx: VolunteersContext): Promise<PointsRate> {
    return ctx.loaders.pointsRate.load(tryParseId(unit.id) ?? 0);
  }
}

@Resolver(() => PointsRate)
export class PointsRateResolver {
  @FieldResolver(() => OrgUnitStub, {
    nullable: true,
    description: 'The unit whose rule applies: the unit itself or the nearest above that set one; null for the default (设定单位).',
  })
  ruleUnit(@Root() rate: PointsRate): OrgUnitStub | null {
    return rate.ruleUnitId === null ? null : { id: String(rate.ruleUnitId) };
  }
}
