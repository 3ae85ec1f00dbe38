import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { AccessControl } from '../auth/access-control';
import { badUserInput } from '@civic/runtime';
import { paginate, type SortKey } from '../pagination/keyset';
import { OrderInput } from '../pagination/order-input';
import { OrderDirection } from '../pagination/order-direction.enum';
import { orderingOf, type OrderableField } from '../pagination/ordering';
import { PageArgsType } from '../pagination/page-args.type';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditEntry, AuditEntryConnection, AuditLogFilter } from './audit-entry.type';

type AuditOrderField = 'AT';

const BY_ID: SortKey<AuditEntryEntity> = { expression: 'entry.id', value: (row) => Number(row.id) };
const ORDERABLE: Record<AuditOrderField, OrderableField<AuditEntryEntity>> = {
  AT: { ...BY_ID, description: 'When it happened; entries of one instant in the order written (时间).' },
};

const AuditEntryOrder = OrderInput('AuditEntry', 'audit entries (审计日志)', ORDERABLE, 'newest first');
type AuditEntryOrder = InstanceType<typeof AuditEntryOrder>;

/** The audit log query; served by one subgraph (org), read by ADMIN only. */
@Resolver(() => AuditEntry)
export class AuditLogResolver {
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (审计日志). ADMIN only.' })
  auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Conditions; omit for all entries (筛选条件).' })
    filter: AuditLogFilter | null,
    @Arg('orderBy', () => AuditEntryOrder, { nullable: true, description: 'How to sort; omit for newest first (排序).' })
    orderBy: AuditEntryOrder | null,
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
    return paginate(query, orderingOf(ORDERABLE, BY_ID, orderBy, { field: 'AT', direction: OrderDirection.DESC }), page);
  }

  @FieldResolver(() => String, { nullable: true })
  changesJson(@Root() entry: AuditEntryEntity): string | null {
    return entry.changes ? JSON.stringify(entry.changes) : null;
  }
}
