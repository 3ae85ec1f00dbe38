import { ConnectionType } from '@civic/kernel';
import { Campaign } from './campaign.type';

export const CampaignConnection = ConnectionType(Campaign, 'Campaign', 'campaigns (宣传活动)');
