import { Field, Float, ID, ObjectType } from 'type-graphql';
import { PointsEntryKind } from './points-entry-kind.enum';

@ObjectType('PointsEntry', {
  description:
    'One line of a volunteer’s points ledger (积分明细): append-only, never changed; a correction is a new entry. Every balance is the sum of its entries.',
})
export class PointsEntry {
  @Field(() => ID, { description: 'Stable identifier, in the order entries were written (编号).' })
  id: number;

  @Field(() => PointsEntryKind, { description: 'Why the points moved (变动类型).' })
  kind: PointsEntryKind;

  @Field(() => Float, { description: 'Points added to the balance; negative when taken away (积分变动).' })
  points: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Points per hour of service the entry was booked at; null for bonuses and redemptions (积分标准).',
  })
  rate: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why: the reason of a bonus, the goods of a redemption, why it was cancelled (事由).',
  })
  reason: string | null;

  @Field({ description: 'When the points moved: service approved or voided, bonus awarded, goods redeemed (记账时间).' })
  bookedAt: Date;

  volunteerId: number;
  unitId: number | null;
  serviceRecordId: number | null;
  redemptionId: number | null;
}
