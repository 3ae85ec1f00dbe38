import { badUserInput } from '@civic/runtime';
import type { OrgUnitEntity } from '../org-unit.entity';

export interface UnitFieldsInput {
  name?: string | null;
  address?: string | null;
  department?: string | null;
  establishedOn?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  contactName?: string | null;
  contactTitle?: string | null;
  contactPhone?: string | null;
}

type UnitFields = Partial<
  Pick<
    OrgUnitEntity,
    'name' | 'address' | 'department' | 'establishedOn' | 'latitude' | 'longitude' | 'contactName' | 'contactTitle' | 'contactPhone'
  >
>;

/**
 * The descriptive fields given, trimmed (a blank text is null); `undefined` means "not given", `null`
 * clears. Each field's own rules are declared on the input; the pair of coordinates is checked here.
 */
export function validUnitFields(input: UnitFieldsInput): UnitFields {
  const fields: UnitFields = {};
  if (input.name !== undefined) fields.name = input.name?.trim();
  if (input.address !== undefined) fields.address = trimmedOrNull(input.address);
  if (input.department !== undefined) fields.department = trimmedOrNull(input.department);
  if (input.establishedOn !== undefined) fields.establishedOn = input.establishedOn;
  if (input.latitude !== undefined || input.longitude !== undefined) {
    const { latitude, longitude } = input;
    if ((latitude == null) !== (longitude == null))
      throw badUserInput('give latitude and longitude together', { argument: latitude == null ? 'input.latitude' : 'input.longitude' });
    fields.latitude = latitude ?? null;
    fields.longitude = longitude ?? null;
  }
  if (input.contactName !== undefined) fields.contactName = trimmedOrNull(input.contactName);
  if (input.contactTitle !== undefined) fields.contactTitle = trimmedOrNull(input.contactTitle);
  if (input.contactPhone !== undefined) fields.contactPhone = input.contactPhone?.replace(/\s/g, '') || null;
  return fields;
}

const trimmedOrNull = (value: string | null): string | null => value?.trim() || null;
