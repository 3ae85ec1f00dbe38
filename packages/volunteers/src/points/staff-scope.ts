import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { UNITS_INSIDE_SCOPE_SQL } from '@civic/org-tree';
import { SCOPED_ROLES } from '@civic/runtime';
import type { AccessControl } from '@civic/subgraph-kit';

export interface ScopeKey {
  scopeCode: string;
  unitId: number;
}

/** Whether units lie in the subtree of the unit with a code: one statement per code and batch (a request has one code). */
export function unitInScopeLoader(db: DataSource): DataLoader<ScopeKey, boolean, string> {
  return new DataLoader<ScopeKey, boolean, string>(
    async (keys) => {
      const answers = new Map<string, boolean>();
      for (const scopeCode of new Set(keys.map((key) => key.scopeCode))) {
        const ids = keys.filter((key) => key.scopeCode === scopeCode).map((key) => key.unitId);
        const rows: { id: number; inside: boolean }[] = await db.query(UNITS_INSIDE_SCOPE_SQL, [ids, scopeCode]);
        for (const row of rows) answers.set(`${scopeCode}:${row.id}`, row.inside);
      }
      return keys.map((key) => answers.get(`${key.scopeCode}:${key.unitId}`) ?? false);
    },
    { cacheKeyFn: (key) => `${key.scopeCode}:${key.unitId}` },
  );
}

/**
 * Whether a staff caller reads what is held at `unitId` (a volunteer's home unit, an exchange's
 * unit): ADMIN anywhere, ORG_ADMIN, OPERATOR and PROPAGANDA inside their own subtree, nobody else.
 */
export async function staffMayRead(
  access: AccessControl,
  inScope: DataLoader<ScopeKey, boolean, string>,
  unitId: number | null,
): Promise<boolean> {
  const { role, orgUnitCode } = access.identity;
  if (role === 'ADMIN') return true;
  if (!SCOPED_ROLES.has(role) || unitId === null || !orgUnitCode) return false;
  return inScope.load({ scopeCode: orgUnitCode, unitId });
}
