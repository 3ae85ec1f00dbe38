import type { DataSource } from 'typeorm';
import { paginate, parseId, type PageArgs, type SortKey } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import type { VolunteerTeamFilter } from './volunteer-team-filter.input';
import { VolunteerTeamEntity } from './volunteer-team.entity';

const TEAM_BY_ID: SortKey<VolunteerTeamEntity>[] = [{ expression: 'team.id', value: (row) => row.id }];

export function listTeams(db: DataSource, filter: VolunteerTeamFilter | null | undefined, page: PageArgs) {
  const query = db.getRepository(VolunteerTeamEntity).createQueryBuilder('team');
  if (filter?.orgUnitId) query.andWhere('team.org_unit_id = :unit', { unit: parseId(filter.orgUnitId, 'org unit') });
  if (filter?.level) query.andWhere('team.level = :level', { level: filter.level });
  if (filter?.theme) query.andWhere('team.theme = :theme', { theme: filter.theme });
  if (filter?.subtreeOf) {
    query.andWhere(`team.org_unit_id IN ${unitsInSubtree('root')}`, { root: parseId(filter.subtreeOf, 'org unit') });
  }
  return paginate(query, TEAM_BY_ID, page);
}
