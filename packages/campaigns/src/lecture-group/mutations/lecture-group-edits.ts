import { badUserInput, notFound } from '@civic/runtime';
import { changedFields, lockForEdit, parseId } from '@civic/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { CampaignsContext } from '../../loaders';
import { LectureGroupEntity } from '../lecture-group.entity';
import type { LectureGroupMembersInput } from './lecture-group-members.input';
import type { UpdateLectureGroupInput } from './update-lecture-group.input';

const MAX_MEMBERS = 500;

/** Renames a group or replaces its topics, on the version read. */
export async function updateLectureGroup(ctx: CampaignsContext, input: UpdateLectureGroupInput): Promise<LectureGroupEntity> {
  const { id } = await groupForEdit(ctx, input.id);
  const given: Partial<LectureGroupEntity> = {};
  if (input.name != null) given.name = input.name.trim();
  if (input.topics != null) given.topics = input.topics.map((t) => t.trim()).filter((t) => t.length > 0);
  return ctx.db.transaction(async (manager) => {
    const before = await lockForEdit(manager, LectureGroupEntity, id, input.expectedVersion, 'lecture group');
    const saved = await manager.getRepository(LectureGroupEntity).save({ ...before, ...given });
    await ctx.audit.record(manager, 'updateLectureGroup', 'LectureGroup', [id], {
      changes: changedFields(before, saved, ['name', 'topics']),
    });
    return saved;
  });
}

/** Adds members (those already in stay once), on the version read; the group's version counts the change. */
export function addLectureGroupMembers(ctx: CampaignsContext, input: LectureGroupMembersInput): Promise<LectureGroupEntity> {
  return changeMembers(ctx, input, 'add');
}

/** Removes members (ids not in the group are ignored), on the version read. */
export function removeLectureGroupMembers(ctx: CampaignsContext, input: LectureGroupMembersInput): Promise<LectureGroupEntity> {
  return changeMembers(ctx, input, 'remove');
}

async function changeMembers(
  ctx: CampaignsContext,
  input: LectureGroupMembersInput,
  change: 'add' | 'remove',
): Promise<LectureGroupEntity> {
  const { id } = await groupForEdit(ctx, input.groupId);
  const volunteerIds = [...new Set(input.volunteerIds.map((v) => parseId(v, 'volunteer')))];
  return ctx.db.transaction(async (manager) => {
    const group = await lockForEdit(manager, LectureGroupEntity, id, input.expectedVersion, 'lecture group');
    const before = await memberIds(manager, id);
    if (change === 'add') {
      await manager.query(
        `INSERT INTO campaigns.lecture_group_member (group_id, volunteer_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`,
        [id, volunteerIds],
      );
    } else {
      await manager.query(`DELETE FROM campaigns.lecture_group_member WHERE group_id = $1 AND volunteer_id = ANY($2::int[])`, [
        id,
        volunteerIds,
      ]);
    }
    const after = await memberIds(manager, id);
    if (after.length > MAX_MEMBERS) {
      throw badUserInput(`a lecture group has at most ${MAX_MEMBERS} members; this would make ${after.length}`, {
        argument: 'input.volunteerIds',
      });
    }
    // The members live in their own table: the group row's version counts their changes too.
    await manager.query(`UPDATE campaigns.lecture_group SET version = version + 1 WHERE id = $1`, [id]);
    await ctx.audit.record(manager, change === 'add' ? 'addLectureGroupMembers' : 'removeLectureGroupMembers', 'LectureGroup', [id], {
      changes: { memberIds: { from: before, to: after } },
    });
    return { ...group, version: group.version + 1 };
  });
}

async function memberIds(manager: EntityManager, groupId: number): Promise<number[]> {
  const rows: { ids: number[] }[] = await manager.query(
    `SELECT coalesce(array_agg(volunteer_id ORDER BY volunteer_id), '{}') AS ids FROM campaigns.lecture_group_member WHERE group_id = $1`,
    [groupId],
  );
  return rows[0].ids;
}

async function groupForEdit(ctx: CampaignsContext, id: string): Promise<LectureGroupEntity> {
  ctx.access.requirePermission('campaign:write');
  const groupId = parseId(id, 'lecture group');
  const group = await ctx.loaders.lectureGroupById.load(String(groupId));
  if (!group) throw notFound('lecture group', groupId);
  await ctx.access.requireWrite('campaign:write', group.orgUnitId);
  return group;
}
