import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { tryParseId } from '@civic/subgraph-kit';
import { LectureGroup } from '../lecture-group/lecture-group.type';
import type { CampaignsContext } from '../loaders';
import { WorkBrand } from '../work-brand/work-brand.type';
import { OrgUnitStub } from './org-unit.stub';

/** The lecture groups and work brands based at an org unit. */
@Resolver(() => OrgUnitStub)
export class OrgUnitGroupsResolver {
  @FieldResolver(() => [LectureGroup], { description: 'Lecture groups based at this unit (本单位宣讲小组).' })
  lectureGroups(@Root() unit: OrgUnitStub, @Ctx() ctx: CampaignsContext) {
    const id = tryParseId(unit.id);
    return id === null ? [] : ctx.loaders.lectureGroupsByUnit.load(id);
  }

  @FieldResolver(() => [WorkBrand], { description: "Work brands this unit runs, e.g. brands for minors' moral education (工作品牌)." })
  async workBrands(
    @Root() unit: OrgUnitStub,
    @Arg('includeRetired', () => Boolean, { nullable: true, description: 'Also list retired brands (default false) (含已停用).' })
    includeRetired: boolean | null,
    @Ctx() ctx: CampaignsContext,
  ) {
    const id = tryParseId(unit.id);
    const brands = id === null ? [] : await ctx.loaders.workBrandsByUnit.load(id);
    return includeRetired ? brands : brands.filter((brand) => brand.retiredAt === null);
  }
}
