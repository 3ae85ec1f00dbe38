import { paginate, parseId, type AccessControl, type PageArgs } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import type { DataSource } from 'typeorm';
import type { ServiceRequestFilter } from './service-request-filter.input';
import { ServiceRequestEntity } from './service-request.entity';
import { serviceRequestOrdering, type ServiceRequestOrder } from './service-request-order';

/** Orders are residents' needs: staff see them all; a volunteer sees those assigned to its teams. */
export function listServiceRequests(
  db: DataSource,
  access: AccessControl,
  filter: ServiceRequestFilter | null | undefined,
  order: ServiceRequestOrder | null,
  page: PageArgs,
) {
  access.requireSignedIn('service orders');
  const query = db.getRepository(ServiceRequestEntity).createQueryBuilder('request');
  if (access.identity.role === 'VOLUNTEER') {
    query.andWhere(
      `request.assigned_team_id IN (SELECT m.team_id FROM volunteers.team_membership m WHERE m.volunteer_id = :self AND m.left_on IS NULL)`,
      { self: Number(access.identity.volunteerId) },
    );
  }
  if (filter?.orgUnitId) query.andWhere('request.org_unit_id = :unit', { unit: parseId(filter.orgUnitId, 'org unit') });
  if (filter?.status) query.andWhere('request.status = :status', { status: filter.status });
  if (filter?.teamId) query.andWhere('request.assigned_team_id = :team', { team: parseId(filter.teamId, 'volunteer team') });
  if (filter?.subtreeOf) {
    query.andWhere(`request.org_unit_id IN ${unitsInSubtree('root')}`, {
      root: parseId(filter.subtreeOf, 'org unit'),
    });
  }
  return paginate(query, serviceRequestOrdering(order), page);
}
