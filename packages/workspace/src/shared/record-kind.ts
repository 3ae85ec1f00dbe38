import type DataLoader from 'dataloader';
import type { Permission } from '@civic/runtime';
import type { WorkspaceContext } from '../loaders';
import type { OwnedRecordEntity } from './owned-record';

/** What the shared read, edit and list code needs to know about one kind of saved record. */
export interface RecordKind<T extends OwnedRecordEntity> {
  entity: new () => T;
  /** How messages name one, e.g. "saved view". */
  what: string;
  /** How messages name several, e.g. "saved views". */
  whatPlural: string;
  /** The audit log's entity type, e.g. "SavedView". */
  entityType: string;
  /** Needed to save, change, share or delete one. */
  permission: Permission;
  byId(ctx: WorkspaceContext): DataLoader<string, T | null>;
}
