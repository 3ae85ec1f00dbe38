import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { ExchangeGoodsCategory } from './goods-category.enum';

/**
 * Goods an exchange offers for points. `stock` moves with every redemption, cancellation and
 * restock without counting as an edit: `version` counts changes of name, category, price and retirement.
 */
@Entity({ name: 'exchange_goods' })
export class ExchangeGoodsEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'exchange_id', type: 'int' })
  exchangeId: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  category: ExchangeGoodsCategory;

  @Column({ name: 'points_price', type: 'int' })
  pointsPrice: number;

  @Column({ type: 'int' })
  stock: number;

  /** When it was taken off the shelf (下架); null while offered. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
