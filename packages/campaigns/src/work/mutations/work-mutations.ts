import { badUserInput, conflict, notFound } from '@civic/runtime';
import { changedFields, lockForEdit, parseId } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../../loaders';
import { WorkUseEntity } from '../work-use.entity';
import { WorkEntity } from '../work.entity';
import type { LinkWorkInput } from './link-work.input';
import type { RecordWorkInput } from './record-work.input';
import type { UpdateWorkInput } from './update-work.input';

const EDITABLE = ['kind', 'title', 'year', 'description'] as const;

/** Records a work at a unit inside the caller's subtree (work:write); row and audit entry commit together. */
export async function recordWork(ctx: CampaignsContext, input: RecordWorkInput): Promise<WorkEntity> {
  const orgUnitId = parseId(input.unitId, 'org unit');
  await ctx.access.requireWrite('work:write', orgUnitId);
  return ctx.db.transaction(async (manager) => {
    const works = manager.getRepository(WorkEntity);
    const work = await works.save(
      works.create({
        kind: input.kind,
        title: input.title.trim(),
        orgUnitId,
        year: input.year ?? null,
        description: input.description?.trim() || null,
      }),
    );
    await ctx.audit.record(manager, 'recordWork', 'Work', [work.id]);
    return work;
  });
}

/** Changes a work on the version read (work:write on its unit). */
export async function updateWork(ctx: CampaignsContext, input: UpdateWorkInput): Promise<WorkEntity> {
  ctx.access.requirePermission('work:write');
  const workId = parseId(input.id, 'work');
  const current = await ctx.loaders.workById.load(String(workId));
  if (!current) throw notFound('work', workId);
  await ctx.access.requireWrite('work:write', current.orgUnitId);
  const given: Partial<WorkEntity> = {};
  if (input.kind != null) given.kind = input.kind;
  if (input.title != null) given.title = input.title.trim();
  if (input.year !== undefined) given.year = input.year ?? null;
  if (input.description !== undefined) given.description = input.description?.trim() || null;
  return ctx.db.transaction(async (manager) => {
    const before = await lockForEdit(manager, WorkEntity, workId, input.expectedVersion, 'work');
    const saved = await manager.getRepository(WorkEntity).save({ ...before, ...given });
    await ctx.audit.record(manager, 'updateWork', 'Work', [workId], { changes: changedFields(before, saved, EDITABLE) });
    return saved;
  });
}

interface UseTarget {
  workId: number;
  campaignId: number | null;
  eventId: number | null;
}

/** The work and what used it, once the caller may write works at the campaign's organiser or the event's host. */
async function useTarget(ctx: CampaignsContext, input: LinkWorkInput): Promise<UseTarget> {
  ctx.access.requirePermission('work:write');
  if (Boolean(input.campaignId) === Boolean(input.eventId)) {
    throw badUserInput('give exactly one of campaignId and eventId', { argument: 'input' });
  }
  const workId = parseId(input.workId, 'work');
  const campaignId = input.campaignId ? parseId(input.campaignId, 'campaign') : null;
  const eventId = input.eventId ? parseId(input.eventId, 'campaign event') : null;
  const [work, campaign, event] = await Promise.all([
    ctx.loaders.workById.load(String(workId)),
    campaignId === null ? null : ctx.loaders.campaignById.load(String(campaignId)),
    eventId === null ? null : ctx.loaders.campaignEventById.load(String(eventId)),
  ]);
  if (!work) throw notFound('work', workId);
  if (campaignId !== null && !campaign) throw notFound('campaign', campaignId);
  if (eventId !== null && !event) throw notFound('campaign event', eventId);
  await ctx.access.requireWrite('work:write', campaign ? campaign.organizerUnitId : (event?.hostUnitId as number));
  return { workId, campaignId, eventId };
}

/** Links a work to a campaign or an event; the same use twice is CONFLICT. */
export async function linkWork(ctx: CampaignsContext, input: LinkWorkInput): Promise<WorkUseEntity> {
  const target = await useTarget(ctx, input);
  try {
    return await ctx.db.transaction(async (manager) => {
      const uses = manager.getRepository(WorkUseEntity);
      const use = await uses.save(uses.create({ ...target, kind: input.kind }));
      await ctx.audit.record(manager, 'linkWork', 'WorkUse', [use.id], { changes: { workId: { from: null, to: target.workId } } });
      return use;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw conflict(`work ${target.workId} is already linked that way`);
    throw error;
  }
}

/** Removes a use of a work; one that is not recorded is CONFLICT. Returns the work. */
export async function unlinkWork(ctx: CampaignsContext, input: LinkWorkInput): Promise<WorkEntity> {
  const target = await useTarget(ctx, input);
  return ctx.db.transaction(async (manager) => {
    const rows: { id: number }[] = await manager.query(
      `WITH gone AS (DELETE FROM campaigns.work_use WHERE work_id = $1 AND kind = $2
         AND campaign_id IS NOT DISTINCT FROM $3::int AND event_id IS NOT DISTINCT FROM $4::int RETURNING id) SELECT id FROM gone`,
      [target.workId, input.kind, target.campaignId, target.eventId],
    );
    if (rows.length === 0) throw conflict(`work ${target.workId} is not linked that way`);
    await ctx.audit.record(manager, 'unlinkWork', 'WorkUse', [rows[0].id], { changes: { workId: { from: target.workId, to: null } } });
    return manager.getRepository(WorkEntity).findOneByOrFail({ id: target.workId });
  });
}
