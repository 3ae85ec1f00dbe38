import { badUserInput, conflict, notFound } from '@civic/runtime';
import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { pathWithin, UNIT_TREE } from '@civic/org-tree';
import { MobilisationEntity } from '../mobilisation.entity';

/** The mobilisation, if the caller holds mobilisation:write on its calling unit; checked before the write's transaction. */
export async function authorizeMobilisationEdit(ctx: SubgraphContext, idArg: string): Promise<MobilisationEntity> {
  const id = parseId(idArg, 'mobilisation');
  const mobilisation = await ctx.db.getRepository(MobilisationEntity).findOneBy({ id });
  if (!mobilisation) throw notFound('mobilisation', id);
  await ctx.access.requireWrite('mobilisation:write', mobilisation.callingUnitId);
  return mobilisation;
}

/** The mobilisation's row, locked for the rest of the transaction; a CONFLICT when it has ended and `open` is asked. */
export async function lockMobilisation(manager: EntityManager, id: number, open: boolean): Promise<MobilisationEntity> {
  const mobilisation = await manager
    .getRepository(MobilisationEntity)
    .createQueryBuilder('m')
    .setLock('pessimistic_write')
    .where('m.id = :id', { id })
    .getOneOrFail();
  if (open && mobilisation.endsOn !== null) throw conflict(`mobilisation ${id} ended on ${mobilisation.endsOn}`);
  return mobilisation;
}

/** Distinct ids parsed from a list argument of 1..max entries. */
export function idList(values: string[], what: string, argument: string, max: number): number[] {
  if (values.length === 0 || values.length > max) throw badUserInput(`${argument} must list 1–${max} ${what}s`, { argument });
  return [...new Set(values.map((value) => parseId(value, what)))];
}

/** SQL: the unit whose id is the SQL `unitId` lies at or below one of the area units of mobilisation `$mobilisation`. */
export function insideArea(unitId: string, mobilisation: string): string {
  return `EXISTS (SELECT 1 FROM volunteers.mobilisation_area a JOIN ${UNIT_TREE} au ON au.id = a.org_unit_id
                  JOIN ${UNIT_TREE} u ON u.id = ${unitId}
                  WHERE a.mobilisation_id = ${mobilisation} AND ${pathWithin('u.path', 'au.path')})`;
}
