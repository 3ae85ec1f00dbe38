import type { DataSource } from 'typeorm';
import { forbidden } from '@civic/runtime';
import { instantInPeriod, paginate, parseId, type AccessControl, type PageArgs } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import type { ServiceRecordFilter } from './service-record-filter.input';
import { ServiceRecordEntity } from './service-record.entity';
import { serviceRecordOrdering, type ServiceRecordOrder } from './service-record-order';

/** Service records across volunteers: staff see all; a volunteer only its own. */
export function listServiceRecords(
  db: DataSource,
  access: AccessControl,
  filter: ServiceRecordFilter | null | undefined,
  order: ServiceRecordOrder | null,
  page: PageArgs,
) {
  access.requireSignedIn('service records');
  const query = db.getRepository(ServiceRecordEntity).createQueryBuilder('record');
  const volunteerId = filter?.volunteerId ? parseId(filter.volunteerId, 'volunteer') : null;
  if (access.identity.role === 'VOLUNTEER') {
    if (volunteerId !== null && !access.isVolunteer(volunteerId)) throw forbidden('a volunteer may read only its own service records');
    query.andWhere('record.volunteer_id = :self', { self: Number(access.identity.volunteerId) });
  }
  if (volunteerId !== null) query.andWhere('record.volunteer_id = :volunteer', { volunteer: volunteerId });
  if (filter?.teamId) query.andWhere('record.team_id = :team', { team: parseId(filter.teamId, 'volunteer team') });
  if (filter?.activityId) query.andWhere('record.activity_id = :activity', { activity: parseId(filter.activityId, 'activity') });
  if (filter?.status) query.andWhere('record.status = :status', { status: filter.status });
  if (filter?.subtreeOf) {
    query.andWhere(`record.volunteer_id IN (SELECT v.id FROM volunteers.volunteer v WHERE v.home_unit_id IN ${unitsInSubtree('root')})`, {
      root: parseId(filter.subtreeOf, 'org unit'),
    });
  }
  let n = 0;
  const bind = (value: unknown) => {
    const name = `period${n++}`;
    query.setParameter(name, value);
    return `:${name}`;
  };
  query.andWhere(instantInPeriod('record.started_at', filter, bind));
  return paginate(query, serviceRecordOrdering(order), page);
}
