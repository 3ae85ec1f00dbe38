import type { RecordKind } from '../shared/record-kind';
import { SavedQueryEntity } from './saved-query.entity';

export const SAVED_QUERY: RecordKind<SavedQueryEntity> = {
  entity: SavedQueryEntity,
  what: 'saved query',
  whatPlural: 'saved queries',
  entityType: 'SavedQuery',
  permission: 'query:write',
  byId: (ctx) => ctx.loaders.savedQueryById,
};

/** The alias saved queries are read under in list statements. */
export const SAVED_QUERY_ALIAS = 'saved_query';
