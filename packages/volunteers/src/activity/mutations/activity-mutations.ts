import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badUserInput, conflict, notFound } from '@civic/runtime';
import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { assertVolunteerExists } from '../../team/mutations/team-mutations';
import { ServiceRecordStatus } from '../../service-record/service-record-status.enum';
import { ServiceRecordEntity } from '../../service-record/service-record.entity';
import { addToTotal, assertNoOverlap, lockVolunteer } from '../../service-record/mutations/service-hours';
import { ActivitySignupEntity } from '../activity-signup.entity';
import { ActivityEntity } from '../activity.entity';
import type { PublishActivityInput } from './publish-activity.input';

const WEEK_MS = 7 * 86_400_000;

export async function publishActivity(ctx: SubgraphContext, input: PublishActivityInput): Promise<ActivityEntity> {
  const title = input.title.trim();
  if (input.endsAt.getTime() - input.startsAt.getTime() > WEEK_MS)
    throw badUserInput('an activity lasts at most 7 days (endsAt - startsAt)', { argument: 'input.endsAt' });
  const orgUnitId = parseId(input.orgUnitId, 'org unit');
  await ctx.access.requireWrite('service:record', orgUnitId);
  return ctx.db.transaction(async (manager) => {
    const activities = manager.getRepository(ActivityEntity);
    const activity = await activities.save(
      activities.create({
        title,
        description: input.description?.trim() || null,
        orgUnitId,
        teamId: input.teamId ? parseId(input.teamId, 'volunteer team') : null,
        brandProjectId: input.brandProjectId ? parseId(input.brandProjectId, 'brand project') : null,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        place: input.place?.trim() || null,
        capacity: input.capacity,
        checkInCode: String(randomInt(100000, 1000000)),
      }),
    );
    await ctx.audit.record(manager, 'publishActivity', 'Activity', [activity.id]);
    return activity;
  });
}

/**
 * Signs a volunteer up (itself, or by staff of the activity's subtree). The activity row is locked
 * while places are counted, so concurrent sign-ups never exceed the capacity.
 */
export async function signUp(ctx: SubgraphContext, activityIdArg: string, volunteerIdArg: string): Promise<ActivitySignupEntity> {
  const { activityId, volunteerId } = await authorizeForVolunteer(ctx, activityIdArg, volunteerIdArg);
  try {
    return await ctx.db.transaction(async (manager) => {
      const activity = await manager
        .getRepository(ActivityEntity)
        .findOne({ where: { id: activityId }, lock: { mode: 'pessimistic_write' } });
      if (!activity) throw notFound('activity', activityId);
      if (activity.endsAt <= new Date()) throw badUserInput(`activity ${activityId} has ended`);
      await assertVolunteerExists(manager, volunteerId);
      const [{ taken }] = await manager.query(
        `SELECT count(*)::int AS taken FROM volunteers.activity_signup WHERE activity_id = $1 AND cancelled_at IS NULL`,
        [activityId],
      );
      if (taken >= activity.capacity) throw conflict(`activity ${activityId} is full (${activity.capacity} places)`);
      const signups = manager.getRepository(ActivitySignupEntity);
      const signup = await signups.save(signups.create({ activityId, volunteerId, signedUpAt: new Date() }));
      await ctx.audit.record(manager, 'signUpForActivity', 'ActivitySignup', [signup.id]);
      return signup;
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505')
      throw conflict(`volunteer ${volunteerId} has already signed up for activity ${activityId}`);
    throw err;
  }
}

export async function cancelSignup(ctx: SubgraphContext, activityIdArg: string, volunteerIdArg: string): Promise<ActivitySignupEntity> {
  const { activityId, volunteerId } = await authorizeForVolunteer(ctx, activityIdArg, volunteerIdArg);
  return ctx.db.transaction(async (manager) => {
    const signup = await activeSignup(manager, activityId, volunteerId);
    if (signup.checkedInAt) throw conflict('the volunteer has already checked in; the sign-up can no longer be cancelled');
    signup.cancelledAt = new Date();
    await manager.getRepository(ActivitySignupEntity).save(signup);
    await ctx.audit.record(manager, 'cancelSignup', 'ActivitySignup', [signup.id]);
    return signup;
  });
}

/**
 * Check-in (签到) and check-out (签退): by the volunteer with the code shown at the venue, or
 * confirmed by the organiser's staff. Check-out writes the service record of the actual time
 * served: pending review when the volunteer checked out with the code, approved when staff confirmed.
 */
export async function checkInOrOut(
  ctx: SubgraphContext,
  step: 'in' | 'out',
  activityIdArg: string,
  volunteerIdArg: string,
  code: string | null | undefined,
): Promise<ActivitySignupEntity> {
  const activityId = parseId(activityIdArg, 'activity');
  const volunteerId = parseId(volunteerIdArg, 'volunteer');
  const activity = await ctx.db.getRepository(ActivityEntity).findOneBy({ id: activityId });
  if (!activity) throw notFound('activity', activityId);
  const bySelf = ctx.access.isVolunteer(volunteerId);
  if (bySelf) {
    if (!code || code.trim() !== activity.checkInCode) throw badUserInput("code does not match the activity's check-in code");
  } else {
    await ctx.access.requireWrite('service:record', activity.orgUnitId);
  }
  const now = new Date();
  const window = { opens: new Date(activity.startsAt.getTime() - 3_600_000), closes: new Date(activity.endsAt.getTime() + 3_600_000) };
  if (now < window.opens || now > window.closes)
    throw badUserInput(`check-${step} is open from an hour before to an hour after the activity`);

  return ctx.db.transaction(async (manager) => {
    if (step === 'out') await lockVolunteer(manager, volunteerId);
    const signup = await activeSignup(manager, activityId, volunteerId);
    const signups = manager.getRepository(ActivitySignupEntity);
    if (step === 'in') {
      if (signup.checkedInAt) throw conflict('already checked in');
      signup.checkedInAt = now;
      await signups.save(signup);
      await ctx.audit.record(manager, 'checkIn', 'ActivitySignup', [signup.id]);
      return signup;
    }
    if (!signup.checkedInAt) throw conflict('not checked in yet');
    if (signup.checkedOutAt) throw conflict('already checked out');
    const startedAt = signup.checkedInAt > activity.startsAt ? signup.checkedInAt : activity.startsAt;
    const endedAt = now < activity.endsAt ? now : activity.endsAt;
    signup.checkedOutAt = now;
    if (endedAt > startedAt) {
      await assertNoOverlap(manager, volunteerId, startedAt, endedAt);
      const records = manager.getRepository(ServiceRecordEntity);
      const hours = Math.min(24, Math.round(((endedAt.getTime() - startedAt.getTime()) / 3_600_000) * 100) / 100);
      const record = await records.save(
        records.create({
          volunteerId,
          teamId: activity.teamId,
          activityId,
          startedAt,
          endedAt,
          hours: Math.max(hours, 0.01),
          description: activity.title,
          status: bySelf ? ServiceRecordStatus.PENDING : ServiceRecordStatus.APPROVED,
          recordedBy: ctx.access.identity.subject,
          reviewedBy: bySelf ? null : ctx.access.identity.subject,
          reviewedAt: bySelf ? null : now,
          createdAt: now,
        }),
      );
      await addToTotal(manager, record);
      signup.serviceRecordId = record.id;
    }
    await signups.save(signup);
    await ctx.audit.record(manager, 'checkOut', 'ActivitySignup', [signup.id]);
    return signup;
  });
}

async function authorizeForVolunteer(ctx: SubgraphContext, activityIdArg: string, volunteerIdArg: string) {
  const activityId = parseId(activityIdArg, 'activity');
  const volunteerId = parseId(volunteerIdArg, 'volunteer');
  if (!ctx.access.isVolunteer(volunteerId)) {
    const activity = await ctx.db.getRepository(ActivityEntity).findOneBy({ id: activityId });
    if (!activity) throw notFound('activity', activityId);
    await ctx.access.requireWrite('service:record', activity.orgUnitId);
  }
  return { activityId, volunteerId };
}

async function activeSignup(manager: EntityManager, activityId: number, volunteerId: number): Promise<ActivitySignupEntity> {
  const signup = await manager
    .getRepository(ActivitySignupEntity)
    .createQueryBuilder('s')
    .where('s.activity_id = :activityId AND s.volunteer_id = :volunteerId AND s.cancelled_at IS NULL', { activityId, volunteerId })
    .setLock('pessimistic_write')
    .getOne();
  if (!signup) throw conflict(`volunteer ${volunteerId} has no sign-up for activity ${activityId}`);
  return signup;
}
