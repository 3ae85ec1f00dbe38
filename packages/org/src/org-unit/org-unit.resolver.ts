import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId, OrgLevel } from '@civic/subgraph-kit';
import type { OrgContext } from '../loaders';
import { Region } from '../region/region.type';
import { OrgUnitFilter } from './dtos/org-unit-filter.input';
import { OrgUnitOrder } from './dtos/org-unit-order.input';
import { OrgUnitConnection } from './org-unit.connection';
import type { OrgUnitEntity } from './org-unit.entity';
import { listDescendants, listOrgUnits } from './org-unit.queries';
import { OrgUnit } from './org-unit.type';

const orderByArg = { nullable: true, description: 'How to sort; omit for by id, oldest first (排序).' };

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Query(() => OrgUnit, { nullable: true, description: 'One org unit by id (按编号查询阵地).' })
  orgUnit(@Arg('id', () => ID, { description: 'Org unit id (编号).' }) id: string, @Ctx() ctx: OrgContext) {
    return ctx.loaders.orgUnitById.load(String(parseId(id, 'org unit')));
  }

  @Query(() => OrgUnit, { nullable: true, description: 'One org unit by its unique code (按编码查询阵地).' })
  orgUnitByCode(@Arg('code', { description: 'Unit code, e.g. 513426-ZX (单位编码).' }) code: string, @Ctx() ctx: OrgContext) {
    return ctx.loaders.orgUnitByCode.load(code.trim());
  }

  @Query(() => OrgUnitConnection, { description: 'Org units matching a filter, paginated (阵地列表).' })
  orgUnits(
    @Arg('filter', () => OrgUnitFilter, { nullable: true, description: 'Conditions; omit for all units (筛选条件).' })
    filter: OrgUnitFilter | null,
    @Arg('orderBy', () => OrgUnitOrder, orderByArg) orderBy: OrgUnitOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: OrgContext,
  ) {
    return listOrgUnits(ctx.db, filter, orderBy, page);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The unit directly above; null for a root center (上级阵地).' })
  parent(@Root() unit: OrgUnitEntity, @Ctx() ctx: OrgContext) {
    return unit.parentId ? ctx.loaders.orgUnitById.load(String(unit.parentId)) : null;
  }

  @FieldResolver(() => [OrgUnit], { description: 'The units directly below, by id (下级阵地).' })
  async children(
    @Root() unit: OrgUnitEntity,
    @Arg('level', () => OrgLevel, { nullable: true, description: 'Only children of this tier, e.g. INSTITUTE (层级).' })
    level: OrgLevel | null,
    @Ctx() ctx: OrgContext,
  ) {
    const children = await ctx.loaders.childrenByParentId.load(unit.id);
    return level ? children.filter((child) => child.level === level) : children;
  }

  @FieldResolver(() => [OrgUnit], { description: 'Every unit above this one, root first (上级链).' })
  async ancestors(@Root() unit: OrgUnitEntity, @Ctx() ctx: OrgContext) {
    const ids = unit.path.split('/').filter(Boolean).slice(0, -1);
    const rows = await ctx.loaders.orgUnitById.loadMany(ids);
    return rows.filter((row): row is OrgUnitEntity => row !== null && !(row instanceof Error));
  }

  @FieldResolver(() => OrgUnitConnection, { description: 'Every unit below this one at any depth, paginated (全部下级).' })
  descendants(
    @Root() unit: OrgUnitEntity,
    @Arg('level', () => OrgLevel, { nullable: true, description: 'Only descendants of this tier (层级).' }) level: OrgLevel | null,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Part of the name in Chinese, or its pinyin, whole or by initials (名称搜索).',
    })
    search: string | null,
    @Arg('orderBy', () => OrgUnitOrder, orderByArg) orderBy: OrgUnitOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: OrgContext,
  ) {
    return listDescendants(ctx.db, unit, { level, search }, orderBy, page);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The administrative division the unit serves (所在区划).' })
  region(@Root() unit: OrgUnitEntity, @Ctx() ctx: OrgContext) {
    return unit.regionCode ? ctx.loaders.regionByCode.load(unit.regionCode) : null;
  }
}
