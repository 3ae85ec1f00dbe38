import type { DataSource } from 'typeorm';
import { badUserInput } from '@civic/runtime';
import { paginate, parseId, type PageArgs, type SortKey } from '@civic/subgraph-kit';
import type { TrainingProgramFilter } from './dtos/training-program-filter.input';
import { TrainingProgramEntity } from './training-program.entity';

/** Chronological, id breaking ties: the order a training calendar reads in. */
const BY_START: SortKey<TrainingProgramEntity>[] = [
  { expression: 'program.starts_on', value: (row) => row.startsOn },
  { expression: 'program.id', value: (row) => row.id },
];

/** Programs matching a filter, one keyset page at a time; the date window keeps programs that overlap it. */
export function listTrainingPrograms(db: DataSource, filter: TrainingProgramFilter | null | undefined, page: PageArgs) {
  const query = db.getRepository(TrainingProgramEntity).createQueryBuilder('program');
  if (filter?.organizerId) {
    query.andWhere('program.organizer_unit_id = :organizer', { organizer: parseId(filter.organizerId, 'org unit') });
  }
  const { from, to } = filter ?? {};
  if (from && to && from > to) throw badUserInput(`from (${from}) must not be after to (${to})`, { argument: 'filter' });
  if (from) query.andWhere('program.ends_on >= :from', { from });
  if (to) query.andWhere('program.starts_on <= :to', { to });
  return paginate(query, BY_START, page);
}
