import { ConnectionType } from '@civic/subgraph-kit';
import { Campaign } from './campaign.type';

export const CampaignConnection = ConnectionType(Campaign, 'Campaign', 'campaigns (宣传活动)');
