import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PointsRedemption } from '../exchange/points-redemption.type';
import type { VolunteersContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { ServiceRecord } from '../service-record/service-record.type';
import { Volunteer } from '../volunteer/volunteer.type';
import type { PointsEntryEntity } from './points-entry.entity';
import { PointsEntry } from './points-entry.type';

@Resolver(() => PointsEntry)
export class PointsEntryResolver {
  @FieldResolver(() => Volunteer, { description: 'Whose points moved (志愿者).' })
  volunteer(@Root() entry: PointsEntryEntity, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.volunteerById.load(String(entry.volunteerId));
  }

  @FieldResolver(() => OrgUnitStub, {
    nullable: true,
    description:
      'Where it is booked: the volunteer’s home unit for service, the awarding unit for a bonus, the exchange’s unit for a redemption (记账单位).',
  })
  unit(@Root() entry: PointsEntryEntity): OrgUnitStub | null {
    return entry.unitId === null ? null : { id: String(entry.unitId) };
  }

  @FieldResolver(() => ServiceRecord, {
    nullable: true,
    description: 'The service record that earned, adjusted or reversed it (服务记录).',
  })
  serviceRecord(@Root() entry: PointsEntryEntity, @Ctx() ctx: VolunteersContext) {
    return entry.serviceRecordId === null ? null : ctx.loaders.serviceRecordById.load(String(entry.serviceRecordId));
  }

  @FieldResolver(() => PointsRedemption, { nullable: true, description: 'The redemption that spent or refunded it (兑换记录).' })
  redemption(@Root() entry: PointsEntryEntity, @Ctx() ctx: VolunteersContext) {
    return entry.redemptionId === null ? null : ctx.loaders.redemptionById.load(String(entry.redemptionId));
  }
}
