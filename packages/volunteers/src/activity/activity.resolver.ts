import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, paginate, parseId, whereNameMatches, INPUT_ARG } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import { BrandProject } from '../brand-project/brand-project.type';
import type { VolunteersContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { VolunteerTeam } from '../team/volunteer-team.type';
import { ActivityOrder, activityOrdering } from './activity-order';
import { ActivityConnection } from './activity.connection';
import { ActivityEntity } from './activity.entity';
import { Activity, ActivitySignup } from './activity.type';
import { cancelSignup, checkInOrOut, publishActivity, signUp } from './mutations/activity-mutations';
import { PublishActivityInput } from './mutations/publish-activity.input';

const ids = { activity: { description: 'The activity (活动).' }, volunteer: { description: 'The volunteer (志愿者).' } };

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => Activity, { nullable: true, description: 'One activity by id (按编号查询志愿服务活动).' })
  activity(@Arg('id', () => ID, ids.activity) id: string, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.activityById.load(String(parseId(id, 'activity')));
  }

  @Query(() => ActivityConnection, { description: "Activities of a unit's subtree, soonest first, paginated (志愿服务活动)." })
  activities(
    @Arg('subtreeOf', () => ID, { nullable: true, description: 'Only activities organised at this unit or below it (所属范围).' })
    subtreeOf: string | null,
    @Arg('from', () => Date, { nullable: true, description: 'Only activities ending after this instant (default: all) (结束晚于).' })
    from: Date | null,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Title: Chinese characters match it (大扫除), Latin letters its pinyin, whole or initials (dsc) (名称搜索).',
    })
    search: string | null,
    @Arg('teamId', () => ID, { nullable: true, description: 'Only activities run by this team (服务队).' }) teamId: string | null,
    @Arg('brandProjectId', () => ID, { nullable: true, description: 'Only activities of this brand project (精品项目).' })
    brandProjectId: string | null,
    @Arg('orderBy', () => ActivityOrder, { nullable: true, description: 'How to sort; omit for soonest start first (排序).' })
    orderBy: ActivityOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: VolunteersContext,
  ) {
    const query = ctx.db.getRepository(ActivityEntity).createQueryBuilder('activity');
    if (subtreeOf) {
      query.andWhere(`activity.org_unit_id IN ${unitsInSubtree('root')}`, {
        root: parseId(subtreeOf, 'org unit'),
      });
    }
    if (from) query.andWhere('activity.ends_at > :from', { from });
    if (teamId) query.andWhere('activity.team_id = :team', { team: parseId(teamId, 'volunteer team') });
    if (brandProjectId) query.andWhere('activity.brand_project_id = :project', { project: parseId(brandProjectId, 'brand project') });
    whereNameMatches(query, 'volunteers', 'title', search);
    return paginate(query, activityOrdering(orderBy), page);
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The organising unit (组织单位).' })
  orgUnit(@Root() activity: ActivityEntity): OrgUnitStub {
    return { id: String(activity.orgUnitId) };
  }

  @FieldResolver(() => VolunteerTeam, { nullable: true, description: 'The team running it (服务队).' })
  team(@Root() activity: ActivityEntity, @Ctx() ctx: VolunteersContext) {
    return activity.teamId ? ctx.loaders.teamById.load(String(activity.teamId)) : null;
  }

  @FieldResolver(() => BrandProject, { nullable: true, description: 'The brand project (精品项目).' })
  brandProject(@Root() activity: ActivityEntity, @Ctx() ctx: VolunteersContext) {
    return activity.brandProjectId ? ctx.loaders.brandProjectById.load(String(activity.brandProjectId)) : null;
  }

  @FieldResolver(() => Int, { description: 'Places taken by active sign-ups (已报名).' })
  signedUp(@Root() activity: ActivityEntity, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.signupCount.load(activity.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The check-in code to show at the venue (签到码); only for staff who may confirm attendance, null for others.',
  })
  async checkInCode(@Root() activity: ActivityEntity, @Ctx() ctx: VolunteersContext): Promise<string | null> {
    return (await ctx.access.mayWrite('service:record', activity.orgUnitId)) ? activity.checkInCode : null;
  }

  @Mutation(() => Activity, {
    description: 'Publishes an activity for recruitment (发布活动). ADMIN; ORG_ADMIN and OPERATOR inside their subtree.',
  })
  publishActivity(@Arg('input', () => PublishActivityInput, INPUT_ARG) input: PublishActivityInput, @Ctx() ctx: VolunteersContext) {
    return publishActivity(ctx, input);
  }

  @Mutation(() => ActivitySignup, {
    description: 'Signs a volunteer up (报名): the volunteer itself or staff of the subtree. Never over capacity; twice is a CONFLICT.',
  })
  signUpForActivity(
    @Arg('activityId', () => ID, ids.activity) activityId: string,
    @Arg('volunteerId', () => ID, ids.volunteer) volunteerId: string,
    @Ctx() ctx: VolunteersContext,
  ) {
    return signUp(ctx, activityId, volunteerId);
  }

  @Mutation(() => ActivitySignup, { description: 'Cancels a sign-up before check-in (取消报名).' })
  cancelActivitySignup(
    @Arg('activityId', () => ID, ids.activity) activityId: string,
    @Arg('volunteerId', () => ID, ids.volunteer) volunteerId: string,
    @Ctx() ctx: VolunteersContext,
  ) {
    return cancelSignup(ctx, activityId, volunteerId);
  }

  @Mutation(() => ActivitySignup, {
    description: "Checks in (签到): the volunteer with the venue's code, or confirmed by staff; from an hour before the start.",
  })
  checkIn(
    @Arg('activityId', () => ID, ids.activity) activityId: string,
    @Arg('volunteerId', () => ID, ids.volunteer) volunteerId: string,
    @Arg('code', () => String, { nullable: true, description: 'The check-in code, needed when the volunteer checks itself in (签到码).' })
    code: string | null,
    @Ctx() ctx: VolunteersContext,
  ) {
    return checkInOrOut(ctx, 'in', activityId, volunteerId, code);
  }

  @Mutation(() => ActivitySignup, {
    description: 'Checks out (签退) and records the actual time served: pending review when by code, approved when staff confirm.',
  })
  checkOut(
    @Arg('activityId', () => ID, ids.activity) activityId: string,
    @Arg('volunteerId', () => ID, ids.volunteer) volunteerId: string,
    @Arg('code', () => String, { nullable: true, description: 'The check-in code, needed when the volunteer checks itself out (签到码).' })
    code: string | null,
    @Ctx() ctx: VolunteersContext,
  ) {
    return checkInOrOut(ctx, 'out', activityId, volunteerId, code);
  }
}

@Resolver(() => ActivitySignup)
export class ActivitySignupResolver {
  @FieldResolver(() => Activity, { description: 'The activity (活动).' })
  activity(@Root() signup: { activityId: number }, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.activityById.load(String(signup.activityId));
  }
}
