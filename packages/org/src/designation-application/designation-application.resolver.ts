import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId } from '@civic/subgraph-kit';
import { Designation } from '../designation/designation.type';
import type { OrgContext } from '../loaders';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity';
import { OrgUnit } from '../org-unit/org-unit.type';
import { ApplicationState } from './application-state.enum';
import type { ApplicationStepEntity } from './application-step.entity';
import { DesignationApplicationConnection } from './designation-application.connection';
import type { DesignationApplicationEntity } from './designation-application.entity';
import { DesignationApplicationFilter } from './designation-application-filter.input';
import { DesignationApplicationOrder, designationApplicationOrdering } from './designation-application-order.input';
import { listDesignationApplications } from './designation-application.queries';
import { ApplicationStep, DesignationApplication } from './designation-application.type';

@Resolver(() => DesignationApplication)
export class DesignationApplicationResolver {
  @Query(() => DesignationApplication, { nullable: true, description: 'One designation application by id (按编号查询称号申报).' })
  designationApplication(@Arg('id', () => ID, { description: 'Application id (编号).' }) id: string, @Ctx() ctx: OrgContext) {
    return ctx.loaders.designationApplicationById.load(String(parseId(id, 'designation application')));
  }

  @Query(() => DesignationApplicationConnection, {
    description: 'Designation applications matching a filter, in the order submitted unless sorted otherwise, paginated (称号申报列表).',
  })
  designationApplications(
    @Arg('filter', () => DesignationApplicationFilter, { nullable: true, description: 'Conditions; omit for all (筛选条件).' })
    filter: DesignationApplicationFilter | null,
    @Arg('orderBy', () => DesignationApplicationOrder, {
      nullable: true,
      description: 'How to sort; omit for the order submitted, oldest first (排序).',
    })
    orderBy: DesignationApplicationOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: OrgContext,
  ) {
    return listDesignationApplications(ctx.db, filter, orderBy, page);
  }

  @FieldResolver(() => OrgUnit, { description: 'The unit that applies (申报单位).' })
  applicant(@Root() application: DesignationApplicationEntity, @Ctx() ctx: OrgContext) {
    return ctx.loaders.orgUnitById.load(String(application.applicantUnitId));
  }

  @FieldResolver(() => OrgUnit, {
    description: "The unit that designates, above the applicant, e.g. Chengdu's center for a city-level point (命名单位).",
  })
  authority(@Root() application: DesignationApplicationEntity, @Ctx() ctx: OrgContext) {
    return ctx.loaders.orgUnitById.load(String(application.authorityUnitId));
  }

  @FieldResolver(() => Designation, { nullable: true, description: 'The designation the grant conferred; null unless GRANTED (所获称号).' })
  designation(@Root() application: DesignationApplicationEntity, @Ctx() ctx: OrgContext) {
    return application.designationId === null ? null : ctx.loaders.designationById.load(String(application.designationId));
  }

  @FieldResolver(() => [ApplicationStep], { description: 'Every step so far, oldest first (申报流程).' })
  async steps(@Root() application: DesignationApplicationEntity, @Ctx() ctx: OrgContext): Promise<ApplicationStep[]> {
    const rows: ApplicationStepEntity[] = await ctx.loaders.applicationSteps.load(application.id);
    return rows.map((row) => ({
      state: row.state,
      takenOn: row.takenOn,
      actor: ctx.access.isSignedIn ? row.actor : null,
      actorRole: row.actorRole,
      actorOrgUnitCode: row.actorOrgUnit,
      note: row.note,
    }));
  }
}

@Resolver(() => OrgUnit)
export class OrgUnitDesignationApplicationsResolver {
  @FieldResolver(() => DesignationApplicationConnection, {
    description: 'Designation applications this unit made, in the order submitted unless sorted otherwise, paginated (本单位称号申报).',
  })
  designationApplications(
    @Root() unit: OrgUnitEntity,
    @Arg('state', () => ApplicationState, { nullable: true, description: 'Only applications in this state (申报状态).' })
    state: ApplicationState | null,
    @Arg('orderBy', () => DesignationApplicationOrder, {
      nullable: true,
      description: 'How to sort; omit for the order submitted, oldest first (排序).',
    })
    orderBy: DesignationApplicationOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: OrgContext,
  ) {
    return ctx.loaders.applicationPagesByUnit.load({
      parentId: unit.id,
      page,
      filter: state ?? null,
      ordering: designationApplicationOrdering(orderBy),
    });
  }
}
