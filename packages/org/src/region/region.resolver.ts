import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { OrgContext } from '../loaders';
import { OrgUnit } from '../org-unit/org-unit.type';
import { Region } from './region.type';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: 'An administrative division by its official code (按区划代码查询).' })
  region(@Arg('code', { description: 'Official division code, e.g. 513426 (区划代码).' }) code: string, @Ctx() ctx: OrgContext) {
    return ctx.loaders.regionByCode.load(code.trim());
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The division one tier up (上级区划).' })
  parent(@Root() region: Region, @Ctx() ctx: OrgContext) {
    return region.parentCode ? ctx.loaders.regionByCode.load(region.parentCode) : null;
  }

  @FieldResolver(() => [Region], { description: 'The divisions one tier down, by code (下级区划).' })
  children(@Root() region: Region, @Ctx() ctx: OrgContext) {
    return ctx.loaders.regionChildren.load(region.code);
  }

  @FieldResolver(() => [OrgUnit], { description: "The units that serve this division, e.g. a village's station (服务本区划的阵地)." })
  orgUnits(@Root() region: Region, @Ctx() ctx: OrgContext) {
    return ctx.loaders.unitsByRegion.load(region.code);
  }
}
