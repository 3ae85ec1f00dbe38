import type { DataSource } from 'typeorm';
import { badUserInput } from '@civic/runtime';
import { unitsInSubtree } from '@civic/org-tree';
import { paginate, parseId, whereNameMatches, type PageArgs } from '@civic/subgraph-kit';
import type { TrainingProgramFilter } from './dtos/training-program-filter.input';
import { trainingProgramOrdering, type TrainingProgramOrder } from './dtos/training-program-order.input';
import { TrainingProgramEntity } from './training-program.entity';

/** Programs matching a filter, one keyset page at a time in the asked order; the date window keeps programs that overlap it. */
export function listTrainingPrograms(
  db: DataSource,
  filter: TrainingProgramFilter | null | undefined,
  orderBy: TrainingProgramOrder | null,
  page: PageArgs,
) {
  const query = db.getRepository(TrainingProgramEntity).createQueryBuilder('program');
  if (filter?.organizerId) {
    query.andWhere('program.organizer_unit_id = :organizer', { organizer: parseId(filter.organizerId, 'org unit') });
  }
  if (filter?.organizerSubtreeOf) {
    query.andWhere(`program.organizer_unit_id IN ${unitsInSubtree('subtreeRoot')}`, {
      subtreeRoot: parseId(filter.organizerSubtreeOf, 'org unit'),
    });
  }
  const { from, to } = filter ?? {};
  if (from && to && from > to) throw badUserInput(`from (${from}) must not be after to (${to})`, { argument: 'filter' });
  if (from) query.andWhere('program.ends_on >= :from', { from });
  if (to) query.andWhere('program.starts_on <= :to', { to });
  if (filter?.audience) query.andWhere('program.audience = :audience', { audience: filter.audience });
  if (filter?.cancelled === true) query.andWhere('program.cancelled_at IS NOT NULL');
  if (filter?.cancelled === false) query.andWhere('program.cancelled_at IS NULL');
  whereNameMatches(query, 'training', 'title', filter?.search);
  return paginate(query, trainingProgramOrdering(orderBy), page);
}
