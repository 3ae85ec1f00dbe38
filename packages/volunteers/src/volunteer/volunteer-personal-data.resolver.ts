import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { maskIdNumber, maskPhone, personalDataCipher, revealPersonalValue } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../loaders';
import type { VolunteerEntity } from './volunteer.entity';
import { Volunteer } from './volunteer.type';

/**
 * The personal fields of a volunteer. Whether a caller sees them unmasked is decided by the
 * kernel's AccessControl; every unmasked read is in the audit log before the value is returned.
 */
@Resolver(() => Volunteer)
export class VolunteerPersonalDataResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Mobile number (手机号): whole for ADMIN, for ORG_ADMIN of the home unit's subtree and for the volunteer itself; masked as 138****5678 for everyone else.",
  })
  phone(@Root() volunteer: VolunteerEntity, @Ctx() ctx: VolunteersContext): Promise<string | null> {
    return revealPersonalValue(ctx, {
      value: volunteer.phone,
      mask: maskPhone,
      heldAt: { unitId: volunteer.homeUnitId, volunteerId: volunteer.id },
      record: { type: 'Volunteer', id: volunteer.id },
    });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Resident ID number (身份证号), always masked as 5134**********1234.' })
  idNumber(@Root() volunteer: VolunteerEntity): string | null {
    return volunteer.idNumberCipher ? maskIdNumber(personalDataCipher().decrypt(volunteer.idNumberCipher)) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Date of birth, from the resident ID number (出生日期): whole for those entitled to personal data, otherwise only the year (1985-**-**).',
  })
  birthDate(@Root() volunteer: VolunteerEntity, @Ctx() ctx: VolunteersContext): Promise<string | null> {
    return revealPersonalValue(ctx, {
      value: volunteer.birthDate,
      mask: (date) => `${date.slice(0, 4)}-**-**`,
      heldAt: { unitId: volunteer.homeUnitId, volunteerId: volunteer.id },
      record: { type: 'Volunteer', id: volunteer.id },
    });
  }
}
