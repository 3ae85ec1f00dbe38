import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PeriodArgs, StatsScope, tryParseId } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../../loaders';
import { OrgUnitStub } from '../org-unit.stub';
import { ServiceHoursCell, VolunteerCell } from './breakdown-cells.type';
import { ServiceHoursDimension, VolunteerDimension } from './breakdown-dimensions.enum';
import { serviceHoursBreakdown } from './service-hours-breakdown';
import { volunteerBreakdown } from './volunteer-breakdown';

const scopeArg = { nullable: true, description: 'SELF or SUBTREE (default SUBTREE) (统计范围).' };
const skipEmptyArg = {
  nullable: true,
  description: 'Leave out org-unit groups without any figures (default false: every township, village or child unit appears) (省略空单位).',
};

/** Multi-dimensional breakdowns on OrgUnit, one statement each, open like volunteerStats. */
@Resolver(() => OrgUnitStub)
export class OrgUnitBreakdownResolver {
  @FieldResolver(() => [ServiceHoursCell], {
    description:
      'Approved service hours of the volunteers registered here or in the subtree, by several dimensions at once (e.g. TOWNSHIP × MONTH), for a period from/to; every month of a closed period present (服务时长分组统计).',
  })
  serviceHoursBreakdown(
    @Root() unit: OrgUnitStub,
    @Arg('dimensions', () => [ServiceHoursDimension], { description: 'What to break down by, in the order of the cell keys (统计维度).' })
    dimensions: ServiceHoursDimension[],
    @Arg('scope', () => StatsScope, scopeArg) scope: StatsScope | null,
    @Arg('skipEmptyUnits', () => Boolean, skipEmptyArg) skipEmptyUnits: boolean | null,
    @Args() period: PeriodArgs,
    @Ctx() ctx: VolunteersContext,
  ): Promise<ServiceHoursCell[]> {
    const unitId = tryParseId(unit.id);
    if (unitId === null) return Promise.resolve([]);
    return serviceHoursBreakdown(ctx.db, {
      unitId,
      scope: scope ?? StatsScope.SUBTREE,
      dimensions,
      period: { from: period.from, to: period.to },
      skipEmptyUnits: skipEmptyUnits === true,
    });
  }

  @FieldResolver(() => [VolunteerCell], {
    description:
      'Volunteers registered here or in the subtree, by several dimensions at once (e.g. REGISTRATION_MONTH × KIND), registered in a period from/to; every month of a closed period present (志愿者分组统计).',
  })
  volunteerBreakdown(
    @Root() unit: OrgUnitStub,
    @Arg('dimensions', () => [VolunteerDimension], { description: 'What to break down by, in the order of the cell keys (统计维度).' })
    dimensions: VolunteerDimension[],
    @Arg('scope', () => StatsScope, scopeArg) scope: StatsScope | null,
    @Arg('skipEmptyUnits', () => Boolean, skipEmptyArg) skipEmptyUnits: boolean | null,
    @Arg('includeDeregistered', () => Boolean, {
      nullable: true,
      description: 'Count deregistered volunteers too (default false) (含已注销).',
    })
    includeDeregistered: boolean | null,
    @Args() period: PeriodArgs,
    @Ctx() ctx: VolunteersContext,
  ): Promise<VolunteerCell[]> {
    const unitId = tryParseId(unit.id);
    if (unitId === null) return Promise.resolve([]);
    return volunteerBreakdown(ctx.db, {
      unitId,
      scope: scope ?? StatsScope.SUBTREE,
      dimensions,
      period: { from: period.from, to: period.to },
      skipEmptyUnits: skipEmptyUnits === true,
      includeDeregistered: includeDeregistered === true,
    });
  }
}
