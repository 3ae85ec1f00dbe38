import { forbidden } from '@civic/runtime';
import { unitIdsByCode } from '@civic/org-tree';
import type { WorkspaceContext } from '../loaders';
import { isScoped } from './read-scope';

/**
 * The owner unit of a record the caller saves: its own org unit (looked up by the token's unit code
 * in the org subgraph's published tree), or null for unscoped roles, whose records belong to no unit.
 */
export async function ownerUnitForNewRecord(ctx: WorkspaceContext): Promise<number | null> {
  const { identity } = ctx.access;
  if (!isScoped(identity)) return null;
  const code = identity.orgUnitCode ?? '';
  const id = (await unitIdsByCode(ctx.db, [code])).get(code);
  if (id === undefined) throw forbidden(`the org unit ${code} of the caller's token does not exist, so nothing can be saved for it`);
  return id;
}
