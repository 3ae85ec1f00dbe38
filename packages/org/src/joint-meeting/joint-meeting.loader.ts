import { In, type DataSource } from 'typeorm';
import { childPagesLoader, groupLoader, idLoader } from '@civic/subgraph-kit';
import { coordinationLoader } from './coordination.loader';
import { MeetingParticipation, type DecisionState } from './decision-state.enum';
import { JointMeetingEntity } from './joint-meeting.entity';
import { jointMeetingOrdering } from './joint-meeting-order.input';
import { MeetingAttendeeEntity } from './meeting-attendee.entity';
import { MeetingDecisionEntity } from './meeting-decision.entity';
import { meetingDecisionOrdering } from './meeting-decision-order.input';

/** Which of a unit's meetings a page lists. */
export interface UnitMeetingFilter {
  participation: MeetingParticipation;
  from: string | null;
  to: string | null;
}

export function createJointMeetingLoaders(db: DataSource) {
  const meetings = db.getRepository(JointMeetingEntity);
  const decisions = db.getRepository(MeetingDecisionEntity);
  return {
    jointMeetingById: idLoader((ids) => meetings.findBy({ id: In(ids) })),
    meetingDecisionById: idLoader((ids) => decisions.findBy({ id: In(ids) })),
    attendeesByMeeting: groupLoader<number, MeetingAttendeeEntity>(
      (ids) => db.getRepository(MeetingAttendeeEntity).find({ where: { meetingId: In([...ids]) }, order: { orgUnitId: 'ASC' } }),
      (row) => row.meetingId,
    ),
    decisionsByMeeting: groupLoader<number, MeetingDecisionEntity>(
      (ids) => decisions.find({ where: { meetingId: In([...ids]) }, order: { id: 'ASC' } }),
      (row) => row.meetingId,
    ),
    /** Meetings a unit convened or attended (in a period), in the order asked (over the alias `meeting`), paginated, for many units at once. */
    meetingPagesByUnit: childPagesLoader<JointMeetingEntity, UnitMeetingFilter>(db, {
      from: (unitIds, filter, bind) => {
        const period =
          (filter.from ? ` AND meeting.held_on >= ${bind(filter.from)}::date` : '') +
          (filter.to ? ` AND meeting.held_on <= ${bind(filter.to)}::date` : '');
        return filter.participation === MeetingParticipation.CONVENED
          ? `org.joint_meeting meeting CROSS JOIN LATERAL (SELECT meeting.convening_unit_id AS unit_id) own
             WHERE meeting.convening_unit_id = ANY(${unitIds})${period}`
          : `org.joint_meeting meeting
             JOIN (SELECT meeting_id, org_unit_id AS unit_id FROM org.joint_meeting_attendee) own ON own.meeting_id = meeting.id
             WHERE own.unit_id = ANY(${unitIds})${period}`;
      },
      parentId: 'own.unit_id',
      childId: 'meeting.id',
      sortKeys: jointMeetingOrdering(null).keys,
      load: (ids) => meetings.findBy({ id: In(ids) }),
    }),
    /** Decisions a unit is responsible for (in one state), in the order asked (over the alias `decision`), paginated, for many units at once. */
    decisionPagesByUnit: childPagesLoader<MeetingDecisionEntity, DecisionState | null>(db, {
      from: (unitIds, state, bind) =>
        `org.meeting_decision decision WHERE decision.responsible_unit_id = ANY(${unitIds})` +
        (state ? ` AND decision.state = ${bind(state)}` : ''),
      parentId: 'decision.responsible_unit_id',
      childId: 'decision.id',
      sortKeys: meetingDecisionOrdering(null).keys,
      load: (ids) => decisions.findBy({ id: In(ids) }),
    }),
    coordination: coordinationLoader(db),
  };
}
