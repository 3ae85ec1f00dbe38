import { In, type DataSource } from 'typeorm';
import { groupLoader, idLoader } from '@civic/subgraph-kit';
import { VolunteerTeamEntity } from '../team/volunteer-team.entity';
import { BrandProjectEntity } from './brand-project.entity';

export function createBrandProjectLoaders(db: DataSource) {
  return {
    brandProjectById: idLoader((ids) => db.getRepository(BrandProjectEntity).findBy({ id: In(ids) })),
    teamsByBrandProject: groupLoader<number, VolunteerTeamEntity>(
      (projectIds) => db.getRepository(VolunteerTeamEntity).find({ where: { brandProjectId: In([...projectIds]) }, order: { id: 'ASC' } }),
      (row) => row.brandProjectId as number,
    ),
  };
}
