import type { DataSource } from 'typeorm';
import { paginate, parseId, whereNameMatches, type PageArgs } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import type { LectureGroupFilter } from './dtos/lecture-group-filter.input';
import { lectureGroupOrdering, type LectureGroupOrder } from './lecture-group-order';
import { LectureGroupEntity } from './lecture-group.entity';

/** One keyset page of lecture groups matching a filter. */
export function listLectureGroups(db: DataSource, filter: LectureGroupFilter | null, orderBy: LectureGroupOrder | null, page: PageArgs) {
  const query = db.getRepository(LectureGroupEntity).createQueryBuilder('lecture_group');
  if (filter?.orgUnitId) query.andWhere('lecture_group.org_unit_id = :unitId', { unitId: parseId(filter.orgUnitId, 'org unit') });
  if (filter?.subtreeOf) {
    query.andWhere(`lecture_group.org_unit_id IN ${unitsInSubtree('subtreeOf')}`, { subtreeOf: parseId(filter.subtreeOf, 'org unit') });
  }
  if (filter?.campaignId) query.andWhere('lecture_group.campaign_id = :campaignId', { campaignId: parseId(filter.campaignId, 'campaign') });
  if (filter?.memberId) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM campaigns.lecture_group_member m WHERE m.group_id = lecture_group.id AND m.volunteer_id = :memberId)',
      { memberId: parseId(filter.memberId, 'volunteer') },
    );
  }
  whereNameMatches(query, 'campaigns', 'name', filter?.search);
  return paginate(query, lectureGroupOrdering(orderBy), page);
}
