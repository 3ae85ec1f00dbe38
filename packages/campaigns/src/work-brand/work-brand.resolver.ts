import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgsType } from '@civic/subgraph-kit';
import { CampaignEventConnection } from '../campaign-event/campaign-event.connection';
import { listCampaignEvents } from '../campaign-event/campaign-event.queries';
import { CampaignStats } from '../campaign/campaign-stats.type';
import type { CampaignsContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import type { WorkBrandEntity } from './work-brand.entity';
import { WorkBrand } from './work-brand.type';

@Resolver(() => WorkBrand)
export class WorkBrandResolver {
  @FieldResolver(() => OrgUnitStub, { description: 'The org unit that runs the brand (所属单位).' })
  orgUnit(@Root() brand: WorkBrandEntity): OrgUnitStub {
    return { id: String(brand.orgUnitId) };
  }

  @FieldResolver(() => CampaignStats, {
    description: 'Activities held under the brand, people reached, volunteers involved (品牌活动统计).',
  })
  stats(@Root() brand: WorkBrandEntity, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.workBrandStats.load(brand.id);
  }

  @FieldResolver(() => CampaignEventConnection, { description: 'Activities held under the brand, oldest first, paginated (品牌活动).' })
  activities(@Root() brand: WorkBrandEntity, @Args() page: PageArgsType, @Ctx() ctx: CampaignsContext) {
    return listCampaignEvents(ctx.db, { workBrandId: brand.id }, null, page);
  }
}
