import { ConnectionType } from '@civic/subgraph-kit';
import { Activity } from './activity.type';

export const ActivityConnection = ConnectionType(Activity, 'Activity', 'volunteer service activities (志愿服务活动)');
