import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OrgContext } from '../loaders';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity';
import { OrgUnit } from '../org-unit/org-unit.type';
import { DesignationKind } from './designation-kind.enum';
import type { DesignationEntity } from './designation.entity';
import { Designation } from './designation.type';

@Resolver(() => OrgUnit)
export class OrgUnitDesignationsResolver {
  @FieldResolver(() => [Designation], { description: 'Honours and designations, oldest first (荣誉称号).' })
  async designations(
    @Root() unit: OrgUnitEntity,
    @Arg('includeRevoked', { defaultValue: false, description: 'Also list revoked ones (含已撤销).' }) includeRevoked: boolean,
    @Ctx() ctx: OrgContext,
  ) {
    const all = await ctx.loaders.designationsByUnit.load(unit.id);
    return includeRevoked ? all : all.filter((d) => d.revokedOn === null);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the unit holds a pilot designation (试点).' })
  async isPilot(@Root() unit: OrgUnitEntity, @Ctx() ctx: OrgContext) {
    const all = await ctx.loaders.designationsByUnit.load(unit.id);
    return all.some((d) => d.kind === DesignationKind.PILOT && d.revokedOn === null);
  }
}

@Resolver(() => Designation)
export class DesignationResolver {
  @FieldResolver(() => Boolean, { description: 'Whether it still holds (有效).' })
  active(@Root() designation: DesignationEntity): boolean {
    return designation.revokedOn === null;
  }

  @FieldResolver(() => OrgUnit, { description: 'The unit that holds it (获授单位).' })
  orgUnit(@Root() designation: DesignationEntity, @Ctx() ctx: OrgContext) {
    return ctx.loaders.orgUnitById.load(String(designation.orgUnitId));
  }
}
