import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgsType } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../loaders';
import { assertMayReadPointsDetail } from '../points/points-access';
import type { VolunteerEntity } from '../volunteer/volunteer.entity';
import { Volunteer } from '../volunteer/volunteer.type';
import { PointsRedemptionConnection } from './points-redemption.connection';
import { PointsRedemptionOrder, pointsRedemptionOrdering } from './points-redemption-order';
import { PointsRedemptionStatus } from './redemption-status.enum';

/** The redemptions this subgraph adds to a volunteer's profile. */
@Resolver(() => Volunteer)
export class VolunteerRedemptionsResolver {
  @FieldResolver(() => PointsRedemptionConnection, {
    description:
      'Goods the volunteer took for points, latest first unless sorted otherwise, paginated (积分兑换记录). For the volunteer itself, ADMIN, and ORG_ADMIN, OPERATOR or PROPAGANDA of the subtree it is registered in.',
  })
  async redemptions(
    @Root() volunteer: VolunteerEntity,
    @Arg('status', () => PointsRedemptionStatus, { nullable: true, description: 'Only redemptions in this state (状态).' })
    status: PointsRedemptionStatus | null,
    @Arg('orderBy', () => PointsRedemptionOrder, { nullable: true, description: 'How to sort; omit for latest first (排序).' })
    orderBy: PointsRedemptionOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: VolunteersContext,
  ) {
    await assertMayReadPointsDetail(ctx, volunteer, 'redemptions');
    return ctx.loaders.redemptionPagesOfVolunteer.load({
      parentId: volunteer.id,
      page,
      filter: status ?? null,
      ordering: pointsRedemptionOrdering(orderBy),
    });
  }
}
