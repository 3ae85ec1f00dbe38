import { ConnectionType } from '@civic/subgraph-kit';
import { PointsExchange } from './points-exchange.type';

export const PointsExchangeConnection = ConnectionType(PointsExchange, 'PointsExchange', 'exchanges (积分兑换点)');
