import { conflict, notFound } from '@civic/runtime';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** A record that counts its edits (a TypeORM `@VersionColumn`). */
export interface Versioned {
  id: number;
  version: number;
}

/**
 * Reads a record for an edit inside the edit's transaction, locked until it commits, and checks
 * that it is still the version the editor read. Two staff editing one record at once: the second
 * waits for the first to commit, then finds a newer version and gets CONFLICT, changing nothing.
 * `what` names the kind of record in messages, e.g. "campaign".
 */
export async function lockForEdit<T extends Versioned & ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: number,
  expectedVersion: number,
  what: string,
): Promise<T> {
  const found = await manager
    .getRepository(entity)
    .createQueryBuilder('record')
    .setLock('pessimistic_write')
    .where('record.id = :id', { id })
    .getOne();
  if (!found) throw notFound(what, id);
  if (found.version !== expectedVersion) {
    throw conflict(
      `${what} ${id} was changed by someone else since you read it (now version ${found.version}, you read ${expectedVersion}): reload it and edit again`,
      {
        currentVersion: found.version,
      },
    );
  }
  return found;
}
