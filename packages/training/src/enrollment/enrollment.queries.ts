import type { DataSource } from 'typeorm';
import { paginate, type PageArgs } from '@civic/subgraph-kit';
import { EnrollmentEntity } from './enrollment.entity';
import { enrollmentOrdering, type EnrollmentOrder } from './enrollment-order.input';

/** One keyset page of a program's enrollments in the asked order (enrollment order by default), with their total. */
export function listEnrollments(db: DataSource, programId: number, orderBy: EnrollmentOrder | null, page: PageArgs) {
  const query = db
    .getRepository(EnrollmentEntity)
    .createQueryBuilder('enrollment')
    .where('enrollment.program_id = :programId', { programId });
  return paginate(query, enrollmentOrdering(orderBy), page);
}
