import type { DataSource } from 'typeorm';
import { paginate, type PageArgs, type SortKey } from '@civic/subgraph-kit';
import { EnrollmentEntity } from './enrollment.entity';

/** In the order people enrolled; the id is unique and grows with enrollment. */
const BY_ID: SortKey<EnrollmentEntity>[] = [{ expression: 'enrollment.id', value: (row) => row.id }];

/** One keyset page of a program's enrollments, with their total. */
export function listEnrollments(db: DataSource, programId: number, page: PageArgs) {
  const query = db
    .getRepository(EnrollmentEntity)
    .createQueryBuilder('enrollment')
    .where('enrollment.program_id = :programId', { programId });
  return paginate(query, BY_ID, page);
}
