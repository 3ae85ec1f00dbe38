import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VolunteersContext } from '../loaders';
import type { VolunteerEntity } from '../volunteer/volunteer.entity';
import { Volunteer } from '../volunteer/volunteer.type';
import { pointsView } from './points-access';
import { PointsAccount } from './points-account.type';

/** The points this subgraph adds to a volunteer's profile. */
@Resolver(() => Volunteer)
export class VolunteerPointsResolver {
  @FieldResolver(() => PointsAccount, {
    nullable: true,
    description:
      'The volunteer’s points: balance, earned, bonus, spent and the ledger (积分账户). For the volunteer itself, ADMIN, and ORG_ADMIN, OPERATOR or PROPAGANDA of the subtree the volunteer is registered in; ANALYST sees the figures without the ledger; null for everyone else.',
  })
  async points(@Root() volunteer: VolunteerEntity, @Ctx() ctx: VolunteersContext): Promise<PointsAccount | null> {
    const view = await pointsView(ctx, volunteer);
    if (view === 'NONE') return null;
    const figures = await ctx.loaders.pointsAccount.load(volunteer.id);
    return { ...figures, volunteerId: volunteer.id, figuresOnly: view === 'FIGURES' };
  }
}
