import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId, PeriodArgs } from '@civic/subgraph-kit';
import { CampaignEventOrder } from '../campaign-event/campaign-event-order';
import { CampaignEventConnection } from '../campaign-event/campaign-event.connection';
import { listCampaignEvents } from '../campaign-event/campaign-event.queries';
import { CampaignEventFilter } from '../campaign-event/dtos/campaign-event-filter.input';
import { CampaignStats } from '../campaign/campaign-stats.type';
import type { CampaignsContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { WorkBrandFilter } from './dtos/work-brand-filter.input';
import { WorkBrandOrder } from './work-brand-order';
import { WorkBrandConnection } from './work-brand.connection';
import type { WorkBrandEntity } from './work-brand.entity';
import { listWorkBrands } from './work-brand.queries';
import { WorkBrand } from './work-brand.type';

@Resolver(() => WorkBrand)
export class WorkBrandResolver {
  @Query(() => WorkBrand, { nullable: true, description: 'One work brand by id, retired ones too (按编号查询工作品牌).' })
  workBrand(@Arg('id', () => ID, { description: 'Brand id (品牌编号).' }) id: string, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.workBrandById.load(String(parseId(id, 'work brand')));
  }

  @Query(() => WorkBrandConnection, {
    description: 'Work brands matching a filter, paginated; retired ones only on request (工作品牌列表).',
  })
  workBrands(
    @Arg('filter', () => WorkBrandFilter, { nullable: true, description: 'Conditions; omit for all brands in use (筛选条件).' })
    filter: WorkBrandFilter | null,
    @Arg('orderBy', () => WorkBrandOrder, { nullable: true, description: 'How to sort; omit for creation order (排序).' })
    orderBy: WorkBrandOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CampaignsContext,
  ) {
    return listWorkBrands(ctx.db, filter, orderBy, page);
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The org unit that runs the brand (所属单位).' })
  orgUnit(@Root() brand: WorkBrandEntity): OrgUnitStub {
    return { id: String(brand.orgUnitId) };
  }

  @FieldResolver(() => CampaignStats, {
    description: 'Activities held under the brand, over a period or all time, people reached, volunteers involved (品牌活动统计).',
  })
  stats(@Root() brand: WorkBrandEntity, @Args() period: PeriodArgs, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.workBrandStats.load({ id: brand.id, ...period });
  }

  @FieldResolver(() => CampaignEventConnection, {
    description: 'Activities held under the brand, oldest first unless asked otherwise, paginated (品牌活动).',
  })
  activities(
    @Root() brand: WorkBrandEntity,
    @Arg('filter', () => CampaignEventFilter, { nullable: true, description: 'Conditions; omit for all activities (筛选条件).' })
    filter: CampaignEventFilter | null,
    @Arg('orderBy', () => CampaignEventOrder, { nullable: true, description: 'How to sort; omit for oldest first (排序).' })
    orderBy: CampaignEventOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CampaignsContext,
  ) {
    return listCampaignEvents(ctx.db, { workBrandId: brand.id }, filter, orderBy, page);
  }
}
