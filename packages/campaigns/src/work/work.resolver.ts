import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { WorkFilter } from './dtos/work-filter.input';
import { WorkConnection, WorkUseConnection } from './work.connection';
import { WorkOrder, WorkUseOrder, workUseOrdering } from './work-order';
import type { WorkEntity } from './work.entity';
import { listWorks } from './work.queries';
import { Work } from './work.type';

@Resolver(() => Work)
export class WorkResolver {
  @Query(() => Work, { nullable: true, description: 'One work or material by id (按编号查询作品).' })
  work(@Arg('id', () => ID, { description: 'Work id (作品编号).' }) id: string, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.workById.load(String(parseId(id, 'work')));
  }

  @Query(() => WorkConnection, {
    description: 'Works and materials matching a filter, in recording order unless orderBy says otherwise, paginated (作品与教材列表).',
  })
  works(
    @Arg('filter', () => WorkFilter, { nullable: true, description: 'Conditions; omit for all works (筛选条件).' })
    filter: WorkFilter | null,
    @Arg('orderBy', () => WorkOrder, { nullable: true, description: 'Sort order; omit for recording order (排序).' })
    orderBy: WorkOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CampaignsContext,
  ) {
    return listWorks(ctx.db, filter, orderBy, page);
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The org unit that produced or organised it (出品单位).' })
  unit(@Root() work: WorkEntity): OrgUnitStub {
    return { id: String(work.orgUnitId) };
  }

  @FieldResolver(() => WorkUseConnection, {
    description: 'Campaigns and events that used it, in recording order unless orderBy says otherwise, paginated (使用情况).',
  })
  uses(
    @Root() work: WorkEntity,
    @Arg('orderBy', () => WorkUseOrder, { nullable: true, description: 'Sort order; omit for recording order (排序).' })
    orderBy: WorkUseOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CampaignsContext,
  ) {
    return ctx.loaders.workUsePages.load({ parentId: work.id, page, filter: null, ordering: workUseOrdering(orderBy) });
  }
}
