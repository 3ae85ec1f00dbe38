import type { DataSource } from 'typeorm';
import { paginate, type PageArgs, type SortKey } from '@civic/subgraph-kit';
import type { ServiceRecordStatus } from './service-record-status.enum';
import { ServiceRecordEntity } from './service-record.entity';

// Newest first: negated epoch and id, so the ascending keyset walks back in time.
const NEWEST_FIRST: SortKey<ServiceRecordEntity>[] = [
  { expression: `-extract(epoch from record.started_at)`, value: (row) => -row.startedAt.getTime() / 1000 },
  { expression: '-record.id', value: (row) => -row.id },
];

export function listServiceRecords(db: DataSource, volunteerId: number, status: ServiceRecordStatus | null | undefined, page: PageArgs) {
  const query = db.getRepository(ServiceRecordEntity).createQueryBuilder('record').where('record.volunteer_id = :volunteerId', { volunteerId });
  if (status) query.andWhere('record.status = :status', { status });
  return paginate(query, NEWEST_FIRST, page);
}
