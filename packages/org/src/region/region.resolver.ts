import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { OrgContext } from '../loaders';
import { Region } from './region.type';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: 'An administrative division by its official code (按区划代码查询).' })
  region(@Arg('code', { description: 'Official division code, e.g. 513426.' }) code: string, @Ctx() ctx: OrgContext) {
    return ctx.loaders.regionByCode.load(code.trim());
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The division one tier up (上级区划).' })
  parent(@Root() region: Region, @Ctx() ctx: OrgContext) {
    return region.parentCode ? ctx.loaders.regionByCode.load(region.parentCode) : null;
  }
}
