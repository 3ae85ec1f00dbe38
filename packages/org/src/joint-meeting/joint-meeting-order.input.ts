import { OrderDirection, OrderInput, orderingOf, type OrderableField, type Ordering } from '@civic/subgraph-kit';
import type { JointMeetingEntity } from './joint-meeting.entity';

/** Over the alias `meeting` (the root list and a unit's meetings alike). */
export const JOINT_MEETING_ORDER_FIELDS = {
  HELD_ON: { description: 'Day held (召开日期).', expression: 'meeting.held_on', value: (row) => row.heldOn },
  TOPIC: { description: 'Topic, in plain text order (会议议题).', expression: 'meeting.topic', value: (row) => row.topic },
  ID: { description: 'Id, i.e. the order meetings were recorded in (编号).', expression: 'meeting.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<JointMeetingEntity>>;

export const JointMeetingOrder = OrderInput(
  'JointMeeting',
  'joint meetings (联席会议)',
  JOINT_MEETING_ORDER_FIELDS,
  'the order held, earliest first',
);
export type JointMeetingOrder = InstanceType<typeof JointMeetingOrder>;

/** The page order of a list of meetings: the asked field, then the id; by day held when none is asked. */
export function jointMeetingOrdering(orderBy: JointMeetingOrder | null | undefined): Ordering<JointMeetingEntity> {
  return orderingOf(JOINT_MEETING_ORDER_FIELDS, JOINT_MEETING_ORDER_FIELDS.ID, orderBy, {
    field: 'HELD_ON',
    direction: OrderDirection.ASC,
  });
}
