import type { RecordKind } from '../shared/record-kind';
import { SavedViewEntity } from './saved-view.entity';

export const SAVED_VIEW: RecordKind<SavedViewEntity> = {
  entity: SavedViewEntity,
  what: 'saved view',
  whatPlural: 'saved views',
  entityType: 'SavedView',
  permission: 'view:write',
  byId: (ctx) => ctx.loaders.savedViewById,
};

/** The alias saved views are read under in list statements. */
export const SAVED_VIEW_ALIAS = 'saved_view';
