import { changedFields, lockForEdit, parseId } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../../loaders';
import { RoleModelEntity } from '../role-model.entity';
import type { RecordRoleModelInput } from './record-role-model.input';
import { roleModelForEdit } from './role-model-for-edit';
import type { UpdateRoleModelInput } from './update-role-model.input';

const EDITABLE = ['name', 'orgUnitId', 'volunteerId', 'position', 'nickname', 'achievements'] as const;

/** Records a role model at a unit inside the caller's subtree; row and audit entry commit together. */
export async function recordRoleModel(ctx: CampaignsContext, input: RecordRoleModelInput): Promise<RoleModelEntity> {
  const orgUnitId = parseId(input.unitId, 'org unit');
  const volunteerId = input.volunteerId ? parseId(input.volunteerId, 'volunteer') : null;
  await ctx.access.requireWrite('honour:write', orgUnitId);
  return ctx.db.transaction(async (manager) => {
    const models = manager.getRepository(RoleModelEntity);
    const model = await models.save(
      models.create({
        name: input.name.trim(),
        orgUnitId,
        volunteerId,
        position: input.position?.trim() || null,
        nickname: input.nickname?.trim() || null,
        achievements: input.achievements?.trim() || null,
      }),
    );
    await ctx.audit.record(manager, 'recordRoleModel', 'RoleModel', [model.id]);
    return model;
  });
}

/** Changes a role model on the version read; moving them to another unit needs the right there too. */
export async function updateRoleModel(ctx: CampaignsContext, input: UpdateRoleModelInput): Promise<RoleModelEntity> {
  const { id } = await roleModelForEdit(ctx, input.id);
  const given: Partial<RoleModelEntity> = {};
  if (input.name != null) given.name = input.name.trim();
  if (input.unitId != null) given.orgUnitId = parseId(input.unitId, 'org unit');
  if (input.volunteerId !== undefined) given.volunteerId = input.volunteerId ? parseId(input.volunteerId, 'volunteer') : null;
  if (input.position !== undefined) given.position = input.position?.trim() || null;
  if (input.nickname !== undefined) given.nickname = input.nickname?.trim() || null;
  if (input.achievements !== undefined) given.achievements = input.achievements?.trim() || null;
  if (given.orgUnitId !== undefined) await ctx.access.requireWrite('honour:write', given.orgUnitId);
  return ctx.db.transaction(async (manager) => {
    const before = await lockForEdit(manager, RoleModelEntity, id, input.expectedVersion, 'role model');
    const saved = await manager.getRepository(RoleModelEntity).save({ ...before, ...given });
    await ctx.audit.record(manager, 'updateRoleModel', 'RoleModel', [id], { changes: changedFields(before, saved, EDITABLE) });
    return saved;
  });
}
