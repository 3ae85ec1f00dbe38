import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupLoader, idLoader } from '@civic/subgraph-kit';
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
