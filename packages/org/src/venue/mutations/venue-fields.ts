import type { VenueEntity } from '../venue.entity';
import type { UpdateVenueInput } from './venue.inputs';

export type VenueFields = Partial<Pick<VenueEntity, 'name' | 'address' | 'openingHours' | 'capacity'>>;

/** The given fields, trimmed (a blank text is null); `undefined` means "not given", `null` clears. Their rules are declared on the input. */
export function venueFields(input: UpdateVenueInput): VenueFields {
  const fields: VenueFields = {};
  if (input.name !== undefined) fields.name = input.name?.trim();
  if (input.address !== undefined) fields.address = input.address?.trim() || null;
  if (input.openingHours !== undefined) fields.openingHours = input.openingHours?.trim() || null;
  if (input.capacity !== undefined) fields.capacity = input.capacity;
  return fields;
}
