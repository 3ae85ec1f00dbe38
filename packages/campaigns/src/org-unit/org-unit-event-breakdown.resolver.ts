import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import { badUserInput, notFound } from '@civic/runtime';
import { parseId, PeriodArgs, selectsField, tryParseId, OrgLevel } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../loaders';
import { CampaignEventCell } from './campaign-event-cell.type';
import { campaignEventCube } from './campaign-event-cube';
import { EventDimension } from './event-dimension.enum';
import { OrgUnitStub } from './org-unit.stub';
import { unitsWithoutEvents } from './units-without-events';

/** Campaign-event figures of a unit's subtree by several dimensions at once, and the units that held none. */
@Resolver(() => OrgUnitStub)
export class OrgUnitEventBreakdownResolver {
  @FieldResolver(() => [CampaignEventCell], {
    description:
      "Events hosted in this unit's subtree (voided ones not counted) by several dimensions at once, e.g. TOWNSHIP × MONTH for one campaign in a quarter: one row per combination of keys, zeros included (units, months of a closed period, formats, kinds of place); one statement; at most 5000 cells (多维活动统计).",
  })
  async campaignEventBreakdown(
    @Root() unit: OrgUnitStub,
    @Arg('dimensions', () => [EventDimension], { description: 'What to group by, 1 to 4 dimensions, in this order (统计维度).' })
    dimensions: EventDimension[],
    @Arg('campaignId', () => ID, { nullable: true, description: 'Only events of this campaign; omit for all campaigns (指定活动).' })
    campaignId: string | null,
    @Args() period: PeriodArgs,
    @Arg('skipEmptyUnits', () => Boolean, {
      nullable: true,
      description: 'Leave out the org units (TOWNSHIP, VILLAGE, CHILD_UNIT) without events; default false (忽略无活动单位).',
    })
    skipEmptyUnits: boolean | null,
    @Ctx() ctx: CampaignsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CampaignEventCell[]> {
    if (dimensions.length === 0 || dimensions.length > 4) throw badUserInput('name 1 to 4 dimensions', { argument: 'dimensions' });
    if (new Set(dimensions).size !== dimensions.length) throw badUserInput('name each dimension once', { argument: 'dimensions' });
    const rootUnitId = tryParseId(unit.id);
    if (rootUnitId === null) return [];
    return campaignEventCube(ctx.db, {
      rootUnitId,
      dimensions,
      campaignId: campaignId == null ? null : parseId(campaignId, 'campaign'),
      from: period.from,
      to: period.to,
      skipEmptyUnits: skipEmptyUnits ?? false,
      withVolunteers: selectsField(info, 'volunteerCount'),
    });
  }

  @FieldResolver(() => [OrgUnitStub], {
    description:
      "The open units of a tier in this unit's subtree where neither the unit nor any unit below it hosted an event of the campaign in the period (voided ones not counted), by code; e.g. the stations that held no lecture in Q3 (未开展活动的单位).",
  })
  async unitsWithoutEvents(
    @Root() unit: OrgUnitStub,
    @Arg('campaignId', () => ID, { description: 'The campaign (指定活动).' }) campaignId: string,
    @Arg('level', () => OrgLevel, { description: 'The tier of units to check, e.g. STATION (单位层级).' }) level: OrgLevel,
    @Args() period: PeriodArgs,
    @Ctx() ctx: CampaignsContext,
  ): Promise<OrgUnitStub[]> {
    const id = parseId(campaignId, 'campaign');
    if (!(await ctx.loaders.campaignById.load(String(id)))) throw notFound('campaign', id);
    const rootUnitId = tryParseId(unit.id);
    if (rootUnitId === null) return [];
    const ids = await unitsWithoutEvents(ctx.db, { rootUnitId, level, campaignId: id, from: period.from, to: period.to });
    return ids.map((unitId) => ({ id: String(unitId) }));
  }
}
