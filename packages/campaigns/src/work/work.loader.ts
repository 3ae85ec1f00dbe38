import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { childPagesLoader, groupLoader, idLoader } from '@civic/subgraph-kit';
import { WORK_USE_BY_ID } from './work-order';
import { WorkUseEntity } from './work-use.entity';
import { WorkEntity } from './work.entity';

export function workByIdLoader(db: DataSource) {
  const works = db.getRepository(WorkEntity);
  return idLoader((ids) => works.findBy({ id: In(ids) }));
}

/** The work uses of many campaigns (or many events), in one statement. */
export function workUsesLoader(db: DataSource, column: 'campaignId' | 'eventId'): DataLoader<number, WorkUseEntity[]> {
  const uses = db.getRepository(WorkUseEntity);
  return groupLoader(
    (ids) => uses.find({ where: { [column]: In([...ids]) }, order: { id: 'ASC' } }),
    (use) => use[column] as number,
  );
}

/** A page of uses for each of many works, asked with the same page arguments and order: two statements for them all. */
export function workUsePagesLoader(db: DataSource) {
  const uses = db.getRepository(WorkUseEntity);
  return childPagesLoader<WorkUseEntity>(db, {
    from: (workIds) => `campaigns.work_use work_use WHERE work_use.work_id = ANY(${workIds})`,
    parentId: 'work_use.work_id',
    childId: 'work_use.id',
    sortKeys: [WORK_USE_BY_ID],
    load: (ids) => uses.findBy({ id: In(ids) }),
  });
}
