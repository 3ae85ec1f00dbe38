import { ConnectionType } from '@civic/subgraph-kit';
import { JointMeeting, MeetingDecision } from './joint-meeting.type';

export const JointMeetingConnection = ConnectionType(JointMeeting, 'JointMeeting', 'joint meetings (联席会议)');
export const MeetingDecisionConnection = ConnectionType(MeetingDecision, 'MeetingDecision', 'joint-meeting decisions (会议议定事项)');
