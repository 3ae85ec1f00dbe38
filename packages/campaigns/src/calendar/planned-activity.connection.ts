import { ConnectionType } from '@civic/subgraph-kit';
import { PlannedActivity } from './planned-activity.type';

export const PlannedActivityConnection = ConnectionType(PlannedActivity, 'PlannedActivity', 'planned activities (计划活动)');
