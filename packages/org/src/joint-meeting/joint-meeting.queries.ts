import type { DataSource } from 'typeorm';
import { paginate, parseId, type PageArgs } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import type { JointMeetingFilter } from './joint-meeting-filter.input';
import { JointMeetingEntity } from './joint-meeting.entity';
import { jointMeetingOrdering, type JointMeetingOrder } from './joint-meeting-order.input';

export function listJointMeetings(
  db: DataSource,
  filter: JointMeetingFilter | null | undefined,
  orderBy: JointMeetingOrder | null,
  page: PageArgs,
) {
  const query = db.getRepository(JointMeetingEntity).createQueryBuilder('meeting');
  if (filter?.convenedBy) {
    query.andWhere(`meeting.convening_unit_id IN ${unitsInSubtree('convener')}`, { convener: parseId(filter.convenedBy, 'org unit') });
  }
  if (filter?.from) query.andWhere('meeting.held_on >= :from', { from: filter.from });
  if (filter?.to) query.andWhere('meeting.held_on <= :to', { to: filter.to });
  return paginate(query, jointMeetingOrdering(orderBy), page);
}
