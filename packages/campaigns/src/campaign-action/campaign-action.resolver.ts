import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PeriodArgs } from '@civic/subgraph-kit';
import { CampaignStats } from '../campaign/campaign-stats.type';
import type { CampaignsContext } from '../loaders';
import type { CampaignActionEntity } from './campaign-action.entity';
import { CampaignAction } from './campaign-action.type';

@Resolver(() => CampaignAction)
export class CampaignActionResolver {
  @FieldResolver(() => CampaignStats, {
    description: 'Events held under this sub-action, people reached, volunteers involved (子行动统计).',
  })
  stats(@Root() action: CampaignActionEntity, @Args() period: PeriodArgs, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.actionStats.load({ id: action.id, ...period });
  }
}
