import { In, type DataSource } from 'typeorm';
import { pathWithin, UNIT_TREE } from '@civic/org-tree';
import { childPagesLoader, groupLoader, idLoader } from '@civic/subgraph-kit';
import { ExchangeGoodsEntity } from './exchange-goods.entity';
import { PointsExchangeEntity } from './points-exchange.entity';
import { pointsExchangeOrdering } from './points-exchange-order';
import { PointsRedemptionEntity } from './points-redemption.entity';
import { pointsRedemptionOrdering } from './points-redemption-order';
import type { PointsRedemptionStatus } from './redemption-status.enum';

/** Which of a unit's exchanges to list: at the unit alone or in its whole subtree, closed ones or not. */
export interface UnitExchangesFilter {
  subtree: boolean;
  includeClosed: boolean;
}

export function createExchangeLoaders(db: DataSource) {
  const exchanges = db.getRepository(PointsExchangeEntity);
  const goods = db.getRepository(ExchangeGoodsEntity);
  const redemptions = db.getRepository(PointsRedemptionEntity);
  const redemptionPages = (parent: 'volunteer_id' | 'exchange_id') =>
    childPagesLoader<PointsRedemptionEntity, PointsRedemptionStatus | null>(db, {
      from: (ids, status, bind) =>
        `volunteers.points_redemption redemption WHERE redemption.${parent} = ANY(${ids})${status ? ` AND redemption.status = ${bind(status)}` : ''}`,
      parentId: `redemption.${parent}`,
      childId: 'redemption.id',
      sortKeys: pointsRedemptionOrdering(null).keys,
      load: (ids) => redemptions.findBy({ id: In(ids) }),
    });
  return {
    exchangeById: idLoader((ids) => exchanges.findBy({ id: In(ids) })),
    goodsById: idLoader((ids) => goods.findBy({ id: In(ids) })),
    redemptionById: idLoader((ids) => redemptions.findBy({ id: In(ids) })),
    /** Every exchange's goods, retired ones included, in the order added: one statement for many exchanges. */
    goodsOfExchange: groupLoader<number, ExchangeGoodsEntity>(
      (ids) => goods.find({ where: { exchangeId: In([...ids]) }, order: { id: 'ASC' } }),
      (row) => row.exchangeId,
    ),
    /** The exchanges of many units (over the alias `exchange`), paginated. */
    exchangePagesOfUnit: childPagesLoader<PointsExchangeEntity, UnitExchangesFilter>(db, {
      from: (unitIds, filter) =>
        (filter.subtree
          ? `${UNIT_TREE} unit JOIN ${UNIT_TREE} below ON ${pathWithin('below.path', 'unit.path')}
             JOIN volunteers.points_exchange exchange ON exchange.org_unit_id = below.id WHERE unit.id = ANY(${unitIds})`
          : `volunteers.points_exchange exchange JOIN ${UNIT_TREE} unit ON unit.id = exchange.org_unit_id WHERE unit.id = ANY(${unitIds})`) +
        (filter.includeClosed ? '' : ' AND exchange.closed_at IS NULL'),
      parentId: 'unit.id',
      childId: 'exchange.id',
      sortKeys: pointsExchangeOrdering(null).keys,
      load: (ids) => exchanges.findBy({ id: In(ids) }),
    }),
    redemptionPagesOfVolunteer: redemptionPages('volunteer_id'),
    redemptionPagesOfExchange: redemptionPages('exchange_id'),
  };
}
