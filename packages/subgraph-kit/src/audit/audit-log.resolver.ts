import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { AccessControl } from '../auth/access-control';
import { badUserInput } from '@civic/runtime';
import { paginate, type SortKey } from '../pagination/keyset';
import { PageArgsType } from '../pagination/page-args.type';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditEntryConnection, AuditLogFilter } from './audit-entry.type';

// Newest first: the key is the negated id, so keyset pagination (ascending) walks backwards in time.
const NEWEST_FIRST: SortKey<AuditEntryEntity>[] = [{ expression: '-entry.id', value: (row) => -Number(row.id) }];

/** The audit log query; served by one subgraph (org), read by ADMIN only. */
@Resolver()
export class AuditLogResolver {
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (审计日志). ADMIN only.' })
  auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Conditions; omit for all entries.' })
    filter: AuditLogFilter | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: { access: AccessControl; db: DataSource },
  ) {
    ctx.access.requirePermission('audit:read');
    const query = ctx.db.getRepository(AuditEntryEntity).createQueryBuilder('entry');
    if (filter?.actor) query.andWhere('entry.actor = :actor', { actor: filter.actor });
    if (filter?.action) query.andWhere('entry.action = :action', { action: filter.action });
    if (filter?.entityType) query.andWhere('entry.entity_type = :entityType', { entityType: filter.entityType });
    if (filter?.entityId) query.andWhere(':entityId = ANY(entry.entity_ids)', { entityId: filter.entityId });
    if (filter?.from && filter?.to && filter.from > filter.to) throw badUserInput('filter.from must not be after filter.to');
    if (filter?.from) query.andWhere('entry.at >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('entry.at < :to', { to: filter.to });
    return paginate(query, NEWEST_FIRST, page);
  }
}
