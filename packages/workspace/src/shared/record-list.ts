import { paginate, pageSize, whereNameMatches, type Connection, type OrderRequest, type PageArgs } from '@civic/subgraph-kit';
import type { WorkspaceContext } from '../loaders';
import type { OwnedRecordEntity } from './owned-record';
import { readScopeOf } from './read-scope';
import type { RecordKind } from './record-kind';
import { recordOrdering, type RecordOrderField } from './record-order';
import { whereVisible } from './visibility';

export interface RecordListArgs extends PageArgs {
  search?: string | null;
  orderBy?: OrderRequest<RecordOrderField> | null;
}

/** The records of a kind the caller reads, a keyset page at a time: visibility, name search and order in one statement (and its count). */
export async function listRecords<T extends OwnedRecordEntity>(
  kind: RecordKind<T>,
  ctx: WorkspaceContext,
  alias: string,
  args: RecordListArgs,
): Promise<Connection<T>> {
  const scope = readScopeOf(ctx.access.identity, kind.whatPlural);
  if (scope.kind === 'none') {
    pageSize(args);
    return { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
  }
  const query = whereVisible(ctx.db.getRepository(kind.entity).createQueryBuilder(alias), scope);
  whereNameMatches(query, 'workspace', 'name', args.search);
  return paginate(query, recordOrdering(alias, args.orderBy), args);
}
