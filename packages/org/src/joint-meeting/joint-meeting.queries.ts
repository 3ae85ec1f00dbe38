import type { DataSource } from 'typeorm';
import { paginate, parseId, type PageArgs, type SortKey } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import type { JointMeetingFilter } from './joint-meeting-filter.input';
import { JointMeetingEntity } from './joint-meeting.entity';
import type { MeetingDecisionEntity } from './meeting-decision.entity';

/** Meetings in the order held (day, then id). */
export const MEETING_ORDER: SortKey<JointMeetingEntity>[] = [
  { expression: 'meeting.held_on', value: (row) => row.heldOn },
  { expression: 'meeting.id', value: (row) => row.id },
];

/** Decisions by due day, then id. */
export const DECISION_ORDER: SortKey<MeetingDecisionEntity>[] = [
  { expression: 'decision.due_on', value: (row) => row.dueOn },
  { expression: 'decision.id', value: (row) => row.id },
];

export function listJointMeetings(db: DataSource, filter: JointMeetingFilter | null | undefined, page: PageArgs) {
  const query = db.getRepository(JointMeetingEntity).createQueryBuilder('meeting');
  if (filter?.convenedBy) {
    query.andWhere(`meeting.convening_unit_id IN ${unitsInSubtree('convener')}`, { convener: parseId(filter.convenedBy, 'org unit') });
  }
  if (filter?.from) query.andWhere('meeting.held_on >= :from', { from: filter.from });
  if (filter?.to) query.andWhere('meeting.held_on <= :to', { to: filter.to });
  return paginate(query, MEETING_ORDER, page);
}
