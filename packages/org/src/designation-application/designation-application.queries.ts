import type { DataSource } from 'typeorm';
import { paginate, parseId, type PageArgs } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import type { DesignationApplicationFilter } from './designation-application-filter.input';
import { DesignationApplicationEntity } from './designation-application.entity';
import { designationApplicationOrdering, type DesignationApplicationOrder } from './designation-application-order.input';

export function listDesignationApplications(
  db: DataSource,
  filter: DesignationApplicationFilter | null | undefined,
  orderBy: DesignationApplicationOrder | null,
  page: PageArgs,
) {
  const query = db.getRepository(DesignationApplicationEntity).createQueryBuilder('application');
  if (filter?.state) query.andWhere('application.state = :state', { state: filter.state });
  if (filter?.kind) query.andWhere('application.kind = :kind', { kind: filter.kind });
  if (filter?.authorityUnitId) {
    query.andWhere('application.authority_unit_id = :authority', { authority: parseId(filter.authorityUnitId, 'org unit') });
  }
  if (filter?.applicantUnitId) {
    query.andWhere(`application.applicant_unit_id IN ${unitsInSubtree('applicant')}`, {
      applicant: parseId(filter.applicantUnitId, 'org unit'),
    });
  }
  if (filter?.year) {
    query.andWhere('application.applied_on >= make_date(:year, 1, 1) AND application.applied_on < make_date(:year + 1, 1, 1)', {
      year: filter.year,
    });
  }
  return paginate(query, designationApplicationOrdering(orderBy), page);
}
