import { In, type DataSource } from 'typeorm';
import { childPagesLoader, type SortKey } from '@civic/subgraph-kit';
import type { ServiceRecordStatus } from './service-record-status.enum';
import { ServiceRecordEntity } from './service-record.entity';

// Newest first as ascending keys (negated epoch and id), for keys that name no order; the resolver
// always names one (serviceRecordOrdering: STARTED_AT descending by default, the same rows in the same order).
const NEWEST_FIRST: SortKey<ServiceRecordEntity>[] = [
  { expression: `-extract(epoch from record.started_at)`, value: (row) => -row.startedAt.getTime() / 1000 },
  { expression: '-record.id', value: (row) => -row.id },
];

/**
 * Each volunteer's service records, newest first unless the key asks for another order (over the
 * alias `record`), paginated, optionally in one review state: for a whole list of volunteers at once.
 */
export function serviceRecordPagesLoader(db: DataSource) {
  const records = db.getRepository(ServiceRecordEntity);
  return childPagesLoader<ServiceRecordEntity, ServiceRecordStatus | null>(db, {
    from: (volunteerIds, status, bind) =>
      `volunteers.service_record record WHERE record.volunteer_id = ANY(${volunteerIds})${status ? ` AND record.status = ${bind(status)}` : ''}`,
    parentId: 'record.volunteer_id',
    childId: 'record.id',
    sortKeys: NEWEST_FIRST,
    load: (ids) => records.findBy({ id: In(ids) }),
  });
}
