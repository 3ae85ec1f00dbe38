import { In, type DataSource } from 'typeorm';
import { idLoader } from '@civic/subgraph-kit';
import { VolunteerEntity } from './volunteer.entity';

export function volunteerByIdLoader(db: DataSource) {
  const volunteers = db.getRepository(VolunteerEntity);
  return idLoader((ids) => volunteers.findBy({ id: In(ids) }));
}
