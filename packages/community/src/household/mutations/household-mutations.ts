import { changedFields, lockForEdit, maskAddress, maskName, maskPhone, parseId, type FieldChange } from '@civic/subgraph-kit';
import { notFound } from '@civic/runtime';
import type { CommunityContext } from '../../loaders';
import { optionalText } from '../../shared/text';
import { HouseholdEntity } from '../household.entity';
import type { RegisterHouseholdInput } from './register-household.input';
import type { UpdateHouseholdInput } from './update-household.input';

const PHONE_DIGITS = (phone: string | null | undefined) => optionalText(phone)?.replace(/\s/g, '') ?? null;

/** Puts a household on the register of a unit inside the caller's subtree (grid:write). */
export async function registerHousehold(ctx: CommunityContext, input: RegisterHouseholdInput): Promise<HouseholdEntity> {
  const orgUnitId = parseId(input.orgUnitId, 'org unit');
  await ctx.access.requireWrite('grid:write', orgUnitId);
  return ctx.db.transaction(async (manager) => {
    const households = manager.getRepository(HouseholdEntity);
    const now = new Date();
    const saved = await households.save(
      households.create({
        orgUnitId,
        headName: input.headName.trim(),
        phone: PHONE_DIGITS(input.phone),
        address: input.address.trim(),
        categories: [...new Set(input.categories)],
        memberCount: input.memberCount ?? null,
        note: optionalText(input.note),
        registeredOn: input.registeredOn,
        createdBy: ctx.access.identity.subject,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await ctx.audit.record(manager, 'registerHousehold', 'Household', [saved.id]);
    return saved;
  });
}

/**
 * Changes a household of the caller's subtree. The audit entry lists what changed; personal
 * fields appear in it only masked, as any staff member may read the log's changes.
 */
export async function updateHousehold(ctx: CommunityContext, input: UpdateHouseholdInput): Promise<HouseholdEntity> {
  const id = parseId(input.id, 'household');
  const existing = await ctx.db.getRepository(HouseholdEntity).findOneBy({ id });
  if (!existing) throw notFound('household', id);
  await ctx.access.requireWrite('grid:write', existing.orgUnitId);
  return ctx.db.transaction(async (manager) => {
    const before = await lockForEdit(manager, HouseholdEntity, id, input.expectedVersion, 'household');
    const after: HouseholdEntity = {
      ...before,
      headName: input.headName !== undefined ? input.headName.trim() : before.headName,
      phone: input.phone !== undefined ? PHONE_DIGITS(input.phone) : before.phone,
      address: input.address !== undefined ? input.address.trim() : before.address,
      categories: input.categories !== undefined ? [...new Set(input.categories)] : before.categories,
      memberCount: input.memberCount !== undefined ? input.memberCount : before.memberCount,
      note: input.note !== undefined ? optionalText(input.note) : before.note,
    };
    const changes = maskedChanges(changedFields(before, after, ['headName', 'phone', 'address', 'categories', 'memberCount', 'note']));
    if (Object.keys(changes).length === 0) return before;
    const households = manager.getRepository(HouseholdEntity);
    const saved = await households.save({ ...after, updatedAt: new Date() });
    await ctx.audit.record(manager, 'updateHousehold', 'Household', [id], { changes });
    return saved;
  });
}

const MASKS: Record<string, (value: string | null) => string | null> = { headName: maskName, phone: maskPhone, address: maskAddress };

function maskedChanges(changes: Record<string, FieldChange>): Record<string, FieldChange> {
  return Object.fromEntries(
    Object.entries(changes).map(([field, change]) => {
      const mask = MASKS[field];
      return [field, mask ? { from: mask(change.from as string | null), to: mask(change.to as string | null) } : change];
    }),
  );
}
