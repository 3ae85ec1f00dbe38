import { ConnectionType } from '@civic/subgraph-kit';
import { CampaignEvent } from './campaign-event.type';

export const CampaignEventConnection = ConnectionType(CampaignEvent, 'CampaignEvent', 'campaign events (活动场次)');
