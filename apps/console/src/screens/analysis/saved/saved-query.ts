import { ApiError, describeError } from '../../../api/api-error';
import type { ConsoleSavedQueriesQuery } from '../../../gql/graphql';

/** A saved query as the list shows it. */
export type SavedQueryItem = ConsoleSavedQueriesQuery['savedQueries']['edges'][number]['node'];

/** The saved query whose text is in the editor, with the version the next save must name. */
export interface OpenSavedQuery {
  id: string;
  name: string;
  description: string | null;
  version: number;
}

/** What to tell the analyst when a save, an update or a delete is refused, in Chinese. */
export function savedQueryErrorText(error: unknown): string {
  if (!(error instanceof ApiError)) return describeError(error);
  switch (error.code) {
    case 'CONFLICT': {
      const current = error.errors[0]?.extensions?.currentVersion;
      return `未保存：这条查询已被同事修改${current ? `（现为第 ${current} 版）` : ''}。为免覆盖他人的修改，请从列表重新打开后再改，或另存为新查询。`;
    }
    case 'FORBIDDEN':
      return '没有权限修改这条查询：只能修改本单位保存的查询，上级单位的查询只能查看。可以“另存为新查询”。';
    case 'NOT_FOUND':
      return '这条查询已被删除，或您所在单位看不到它。';
    default:
      return describeError(error);
  }
}
