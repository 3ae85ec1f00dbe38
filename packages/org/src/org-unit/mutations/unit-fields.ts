import { badUserInput } from '@civic/runtime';
import { chinaToday } from '@civic/subgraph-kit';
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

type UnitFields = Partial<Pick<OrgUnitEntity, 'name' | 'address' | 'department' | 'establishedOn' | 'latitude' | 'longitude' | 'contactName' | 'contactTitle' | 'contactPhone'>>;

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** The descriptive fields given, trimmed and checked; `undefined` means "not given", `null` clears. */
export function validUnitFields(input: UnitFieldsInput): UnitFields {
  const fields: UnitFields = {};
  if (input.name !== undefined) {
    const name = input.name?.trim() ?? '';
    if (name.length === 0 || name.length > 100) throw badUserInput('name must be 1 to 100 characters');
    fields.name = name;
  }
  if (input.address !== undefined) fields.address = text(input.address, 'address', 200);
  if (input.department !== undefined) fields.department = text(input.department, 'department', 50);
  if (input.establishedOn !== undefined) {
    if (input.establishedOn && input.establishedOn > chinaToday()) throw badUserInput('establishedOn must not be in the future');
    fields.establishedOn = input.establishedOn;
  }
  if (input.latitude !== undefined || input.longitude !== undefined) {
    const { latitude, longitude } = input;
    if ((latitude == null) !== (longitude == null)) throw badUserInput('give latitude and longitude together');
    if (latitude != null && (latitude < -90 || latitude > 90)) throw badUserInput('latitude must be between -90 and 90');
    if (longitude != null && (longitude < -180 || longitude > 180)) throw badUserInput('longitude must be between -180 and 180');
    fields.latitude = latitude ?? null;
    fields.longitude = longitude ?? null;
  }
  if (input.contactName !== undefined) fields.contactName = text(input.contactName, 'contactName', 50);
  if (input.contactTitle !== undefined) fields.contactTitle = text(input.contactTitle, 'contactTitle', 50);
  if (input.contactPhone !== undefined) {
    const phone = input.contactPhone?.replace(/\s/g, '') || null;
    if (phone && !PHONE.test(phone)) throw badUserInput('contactPhone must be a mobile number or a landline like 0834-5612345');
    fields.contactPhone = phone;
  }
  return fields;
}

function text(value: string | null, field: string, max: number): string | null {
  const trimmed = value?.trim() || null;
  if (trimmed && trimmed.length > max) throw badUserInput(`${field} must be at most ${max} characters`);
  return trimmed;
}
