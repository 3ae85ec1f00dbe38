import { notFound } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../../loaders';
import { LectureGroupEntity } from '../lecture-group.entity';
import type { CreateLectureGroupInput } from './create-lecture-group.input';

/** Creates a lecture group at a unit inside the caller's subtree; group, members and audit entry commit together. */
export async function createLectureGroup(ctx: CampaignsContext, input: CreateLectureGroupInput): Promise<LectureGroupEntity> {
  const name = input.name.trim();
  const topics = (input.topics ?? []).map((t) => t.trim()).filter((t) => t.length > 0);
  const memberIds = [...new Set((input.memberIds ?? []).map((id) => parseId(id, 'volunteer')))];
  const orgUnitId = parseId(input.orgUnitId, 'org unit');
  const campaignId = input.campaignId ? parseId(input.campaignId, 'campaign') : null;
  await ctx.access.requireWrite('campaign:write', orgUnitId);
  if (campaignId !== null && !(await ctx.loaders.campaignById.load(String(campaignId)))) throw notFound('campaign', campaignId);

  return ctx.db.transaction(async (manager) => {
    const groups = manager.getRepository(LectureGroupEntity);
    const group = await groups.save(groups.create({ name, orgUnitId, campaignId, topics, createdAt: new Date() }));
    if (memberIds.length > 0) {
      await manager.query(`INSERT INTO campaigns.lecture_group_member (group_id, volunteer_id) SELECT $1, unnest($2::int[])`, [
        group.id,
        memberIds,
      ]);
    }
    await ctx.audit.record(manager, 'createLectureGroup', 'LectureGroup', [group.id]);
    return group;
  });
}
