import { ConnectionType } from '@civic/subgraph-kit';
import { PointsRedemption } from './points-redemption.type';

export const PointsRedemptionConnection = ConnectionType(PointsRedemption, 'PointsRedemption', 'redemptions (积分兑换记录)');
