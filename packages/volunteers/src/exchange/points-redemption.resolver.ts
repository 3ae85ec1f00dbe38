import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { forbidden } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../loaders';
import { Volunteer } from '../volunteer/volunteer.type';
import { mayReadRedemption } from './exchange-access';
import { ExchangeGoods } from './exchange-goods.type';
import { PointsExchange } from './points-exchange.type';
import type { PointsRedemptionEntity } from './points-redemption.entity';
import { PointsRedemption } from './points-redemption.type';

@Resolver(() => PointsRedemption)
export class PointsRedemptionResolver {
  @Query(() => PointsRedemption, {
    nullable: true,
    description:
      'One redemption by its number (按单号查询积分兑换). For its volunteer, ADMIN, and ORG_ADMIN, OPERATOR or PROPAGANDA whose subtree holds the exchange or the volunteer’s home unit.',
  })
  async pointsRedemption(
    @Arg('id', () => ID, { description: 'The redemption’s number (兑换单号).' }) id: string,
    @Ctx() ctx: VolunteersContext,
  ): Promise<PointsRedemptionEntity | null> {
    ctx.access.requireSignedIn('redemptions');
    const redemption = await ctx.loaders.redemptionById.load(String(parseId(id, 'redemption')));
    if (!redemption) return null;
    const [exchange, volunteer] = await Promise.all([
      ctx.loaders.exchangeById.load(String(redemption.exchangeId)),
      ctx.loaders.volunteerById.load(String(redemption.volunteerId)),
    ]);
    const allowed = await mayReadRedemption(ctx, {
      volunteerId: redemption.volunteerId,
      exchangeUnitId: exchange!.orgUnitId,
      homeUnitId: volunteer?.homeUnitId ?? null,
    });
    if (!allowed) throw forbidden('a redemption is for its volunteer and for staff of the subtree of its exchange or of the volunteer');
    return redemption;
  }

  @FieldResolver(() => Volunteer, { description: 'Who redeemed (志愿者).' })
  volunteer(@Root() redemption: PointsRedemptionEntity, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.volunteerById.load(String(redemption.volunteerId));
  }

  @FieldResolver(() => ExchangeGoods, { description: 'What was taken (兑换商品).' })
  goods(@Root() redemption: PointsRedemptionEntity, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.goodsById.load(String(redemption.goodsId));
  }

  @FieldResolver(() => PointsExchange, { description: 'Where (兑换点).' })
  exchange(@Root() redemption: PointsRedemptionEntity, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.exchangeById.load(String(redemption.exchangeId));
  }
}
