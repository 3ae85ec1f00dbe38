import type { DataSource } from 'typeorm';
import { instantInPeriod, paginate, parseId, whereNameMatches, type PageArgs } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import { starThresholds } from './star-level';
import { VolunteerEntity } from './volunteer.entity';
import type { VolunteerFilter } from './dtos/volunteer-filter.input';
import { volunteerOrdering, type VolunteerOrder } from './volunteer-order';

export function listVolunteers(db: DataSource, filter: VolunteerFilter | null | undefined, order: VolunteerOrder | null, page: PageArgs) {
  const query = db.getRepository(VolunteerEntity).createQueryBuilder('volunteer');
  if (!filter?.includeDeregistered) query.andWhere('volunteer.deregistered_at IS NULL');
  if (filter?.homeUnitId) query.andWhere('volunteer.home_unit_id = :unit', { unit: parseId(filter.homeUnitId, 'org unit') });
  whereNameMatches(query, 'volunteers', 'name', filter?.search);
  if (filter?.teamId) {
    query.andWhere(
      `volunteer.id IN (SELECT m.volunteer_id FROM volunteers.team_membership m WHERE m.team_id = :team AND m.left_on IS NULL)`,
      { team: parseId(filter.teamId, 'volunteer team') },
    );
  }
  const thresholds = starThresholds();
  if (filter?.minStarLevel) query.andWhere('volunteer.total_service_hours >= :minHours', { minHours: thresholds[filter.minStarLevel - 1] });
  if (filter?.starLevel !== undefined && filter.starLevel !== null) {
    if (filter.starLevel > 0) query.andWhere('volunteer.total_service_hours >= :starFrom', { starFrom: thresholds[filter.starLevel - 1] });
    if (filter.starLevel < 5) query.andWhere('volunteer.total_service_hours < :starTo', { starTo: thresholds[filter.starLevel] });
  }
  if (filter?.subtreeOf) {
    query.andWhere(`volunteer.home_unit_id IN ${unitsInSubtree('root')}`, { root: parseId(filter.subtreeOf, 'org unit') });
  }
  if (filter?.kinds?.length) query.andWhere('volunteer.kinds && CAST(:kinds AS text[])', { kinds: filter.kinds });
  if (filter?.politicalStatuses?.length)
    query.andWhere('volunteer.political_status = ANY(CAST(:statuses AS text[]))', { statuses: filter.politicalStatuses });
  if (filter?.registeredFrom || filter?.registeredTo) {
    let n = 0;
    const bind = (value: unknown) => {
      const name = `registered${n++}`;
      query.setParameter(name, value);
      return `:${name}`;
    };
    query.andWhere(instantInPeriod('volunteer.registered_at', { from: filter.registeredFrom, to: filter.registeredTo }, bind));
  }
  return paginate(query, volunteerOrdering(order), page);
}
