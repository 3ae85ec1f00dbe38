import { conflict, notFound } from '@civic/runtime';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** A record that counts its edits (a TypeORM `@VersionColumn`). */
export interface Versioned {
  id: number;
  version: number;
}

/** What `version` means on an edited record. */
export const VERSION_DESCRIPTION = 'How many times it has been changed; pass it as expectedVersion when editing (版本号).';

/** What an optional `expectedVersion` means, on the edits of the public contract. */
export const OPTIONAL_VERSION_DESCRIPTION =
  'The `version` of the record as you read it; when given and it has changed since, nothing is changed and CONFLICT comes back (版本号).';

/**
 * Reads a record for an edit inside the edit's transaction, locked until it commits, and checks
 * that it is still the version the editor read. Two staff editing one record at once: the second
 * waits for the first to commit, then finds a newer version and gets CONFLICT, changing nothing.
 * `what` names the kind of record in messages, e.g. "campaign". `expectedVersion` null or undefined: no check,
 * for the edits that were in the public contract before versions existed (older clients send none).
 */
export async function lockForEdit<T extends Versioned & ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: number,
  expectedVersion: number | null | undefined,
  what: string,
): Promise<T> {
  const found = await manager
    .getRepository(entity)
    .createQueryBuilder('record')
    .setLock('pessimistic_write')
    .where('record.id = :id', { id })
    .getOne();
  if (!found) throw notFound(what, id);
  if (expectedVersion != null && found.version !== expectedVersion) {
    throw conflict(
      `${what} ${id} was changed by someone else since you read it (now version ${found.version}, you read ${expectedVersion}): reload it and edit again`,
      {
        currentVersion: found.version,
      },
    );
  }
  return found;
}
