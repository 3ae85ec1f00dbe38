import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { PointsRedemptionChannel } from './redemption-channel.enum';
import type { PointsRedemptionStatus } from './redemption-status.enum';

/**
 * Goods taken for points (兑换): the price at the time, the points spent (its SPENT entry in the
 * ledger), and where it stands. One per volunteer and idempotency key.
 */
@Entity({ name: 'points_redemption' })
export class PointsRedemptionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'volunteer_id', type: 'int' })
  volunteerId: number;

  @Column({ name: 'goods_id', type: 'int' })
  goodsId: number;

  @Column({ name: 'exchange_id', type: 'int' })
  exchangeId: number;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ name: 'unit_price', type: 'int' })
  unitPrice: number;

  /** quantity × unitPrice. */
  @Column({ type: 'int' })
  points: number;

  @Column({ type: 'text' })
  channel: PointsRedemptionChannel;

  @Column({ type: 'text' })
  status: PointsRedemptionStatus;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Column({ name: 'ordered_by', type: 'text' })
  orderedBy: string;

  @Column({ name: 'ordered_at', type: 'timestamptz' })
  orderedAt: Date;

  @Column({ name: 'handed_over_by', type: 'text', nullable: true })
  handedOverBy: string | null;

  @Column({ name: 'handed_over_at', type: 'timestamptz', nullable: true })
  handedOverAt: Date | null;

  @Column({ name: 'cancelled_by', type: 'text', nullable: true })
  cancelledBy: string | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
