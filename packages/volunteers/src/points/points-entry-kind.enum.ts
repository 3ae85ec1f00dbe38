import { describeEnum } from '@civic/subgraph-kit';

export enum PointsEntryKind {
  EARNED = 'EARNED',
  ADJUSTED = 'ADJUSTED',
  REVERSED = 'REVERSED',
  BONUS = 'BONUS',
  SPENT = 'SPENT',
  REFUNDED = 'REFUNDED',
}
describeEnum(PointsEntryKind, 'PointsEntryKind', 'Why points moved, as the ledger books it (积分变动类型).', {
  EARNED: 'Earned by an approved service record: the rate in force at the home unit × its hours (服务积分).',
  ADJUSTED: 'The hours of an approved record were corrected: the difference, at the rate it earned at (更正调整).',
  REVERSED: 'An approved record was voided: every point it booked taken back (作废冲销).',
  BONUS: 'Awarded by a unit, with a reason (奖励积分).',
  SPENT: 'Spent on goods at an exchange (兑换消费).',
  REFUNDED: 'Given back when a redemption was cancelled (取消退还).',
});

/** The kinds each figure of an account or a unit sums. */
export const SERVICE_KINDS = [PointsEntryKind.EARNED, PointsEntryKind.ADJUSTED, PointsEntryKind.REVERSED] as const;
