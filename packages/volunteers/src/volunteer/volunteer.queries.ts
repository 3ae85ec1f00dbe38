import type { DataSource } from 'typeorm';
import { paginate, parseId, type PageArgs, type SortKey } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import { starThresholds } from './star-level';
import { VolunteerEntity } from './volunteer.entity';
import type { VolunteerFilter } from './dtos/volunteer-filter.input';

const BY_ID: SortKey<VolunteerEntity>[] = [{ expression: 'volunteer.id', value: (row) => row.id }];

export function listVolunteers(db: DataSource, filter: VolunteerFilter | null | undefined, page: PageArgs) {
  const query = db.getRepository(VolunteerEntity).createQueryBuilder('volunteer');
  if (filter?.homeUnitId) query.andWhere('volunteer.home_unit_id = :unit', { unit: parseId(filter.homeUnitId, 'org unit') });
  const search = filter?.search?.trim();
  if (search) query.andWhere('volunteer.name LIKE :search', { search: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
  if (filter?.teamId) {
    query.andWhere(
      `volunteer.id IN (SELECT m.volunteer_id FROM volunteers.team_membership m WHERE m.team_id = :team AND m.left_on IS NULL)`,
      {
        team: parseId(filter.teamId, 'volunteer team'),
      },
    );
  }
  if (filter?.minStarLevel) {
    query.andWhere('volunteer.total_service_hours >= :hours', { hours: starThresholds()[filter.minStarLevel - 1] });
  }
  if (filter?.subtreeOf) {
    query.andWhere(`volunteer.home_unit_id IN ${unitsInSubtree('root')}`, { root: parseId(filter.subtreeOf, 'org unit') });
  }
  return paginate(query, BY_ID, page);
}
