import type { DataSource } from 'typeorm';
import { paginate, parseId, whereNameMatches, type PageArgs } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import type { VolunteerTeamFilter } from './volunteer-team-filter.input';
import { VolunteerTeamEntity } from './volunteer-team.entity';
import { volunteerTeamOrdering, type VolunteerTeamOrder } from './volunteer-team-order';

export function listTeams(
  db: DataSource,
  filter: VolunteerTeamFilter | null | undefined,
  order: VolunteerTeamOrder | null,
  page: PageArgs,
) {
  const query = db.getRepository(VolunteerTeamEntity).createQueryBuilder('team');
  if (!filter?.includeDissolved) query.andWhere('team.dissolved_at IS NULL');
  if (filter?.orgUnitId) query.andWhere('team.org_unit_id = :unit', { unit: parseId(filter.orgUnitId, 'org unit') });
  if (filter?.level) query.andWhere('team.level = :level', { level: filter.level });
  if (filter?.theme) query.andWhere('team.theme = :theme', { theme: filter.theme });
  if (filter?.brandProjectId)
    query.andWhere('team.brand_project_id = :project', { project: parseId(filter.brandProjectId, 'brand project') });
  if (filter?.subtreeOf) {
    query.andWhere(`team.org_unit_id IN ${unitsInSubtree('root')}`, { root: parseId(filter.subtreeOf, 'org unit') });
  }
  whereNameMatches(query, 'volunteers', 'name', filter?.search);
  return paginate(query, volunteerTeamOrdering(order), page);
}
