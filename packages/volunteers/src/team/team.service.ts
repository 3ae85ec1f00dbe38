import type { DataSource } from 'typeorm';
import { paginate, parseId, type PageArgs, type SortKey, unitsInSubtree } from '@civic/subgraph-kit';
import { VolunteerEntity } from '../volunteer/volunteer.entity';
import type { VolunteerTeamFilter } from './volunteer-team-filter.input';
import { VolunteerTeamEntity } from './volunteer-team.entity';

const TEAM_BY_ID: SortKey<VolunteerTeamEntity>[] = [{ expression: 'team.id', value: (row) => row.id }];
const VOLUNTEER_BY_ID: SortKey<VolunteerEntity>[] = [{ expression: 'volunteer.id', value: (row) => row.id }];

export function listTeams(db: DataSource, filter: VolunteerTeamFilter | null | undefined, page: PageArgs) {
  const query = db.getRepository(VolunteerTeamEntity).createQueryBuilder('team');
  if (filter?.orgUnitId) query.andWhere('team.org_unit_id = :unit', { unit: parseId(filter.orgUnitId, 'org unit') });
  if (filter?.level) query.andWhere('team.level = :level', { level: filter.level });
  if (filter?.theme) query.andWhere('team.theme = :theme', { theme: filter.theme });
  if (filter?.subtreeOf) {
    query.andWhere(
      `team.org_unit_id IN ${unitsInSubtree('root')}`,
      { root: parseId(filter.subtreeOf, 'org unit') },
    );
  }
  return paginate(query, TEAM_BY_ID, page);
}

/** The current members of a team, paginated. */
export function listMembers(db: DataSource, teamId: number, page: PageArgs) {
  const query = db
    .getRepository(VolunteerEntity)
    .createQueryBuilder('volunteer')
    .where(`volunteer.id IN (SELECT m.volunteer_id FROM volunteers.team_membership m WHERE m.team_id = :teamId AND m.left_on IS NULL)`, { teamId });
  return paginate(query, VOLUNTEER_BY_ID, page);
}
