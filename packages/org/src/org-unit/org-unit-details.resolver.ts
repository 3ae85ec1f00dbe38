import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { maskPhone, revealPersonalValue } from '@civic/subgraph-kit';
import type { OrgContext } from '../loaders';
import type { OrgUnitEntity } from './org-unit.entity';
import { OrgUnit } from './org-unit.type';
import { GeoPoint, UnitContact } from './unit-details.types';

@Resolver(() => OrgUnit)
export class OrgUnitDetailsResolver {
  @FieldResolver(() => GeoPoint, { nullable: true, description: 'Where the unit is, if known (坐标).' })
  location(@Root() unit: OrgUnitEntity): GeoPoint | null {
    return unit.latitude !== null && unit.longitude !== null ? { latitude: unit.latitude, longitude: unit.longitude } : null;
  }

  @FieldResolver(() => UnitContact, { nullable: true, description: 'The person in charge, if recorded (负责人).' })
  async contact(@Root() unit: OrgUnitEntity, @Ctx() ctx: OrgContext): Promise<UnitContact | null> {
    if (!unit.contactName) return null;
    const phone = await revealPersonalValue(ctx, {
      value: unit.contactPhone,
      mask: maskPhone,
      heldAt: { unitId: unit.id },
      record: { type: 'OrgUnitContact', id: unit.id },
    });
    return { name: unit.contactName, title: unit.contactTitle, phone };
  }
}
