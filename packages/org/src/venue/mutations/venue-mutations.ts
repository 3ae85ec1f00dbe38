import { notFound } from '@civic/runtime';
import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { VenueEntity } from '../venue.entity';
import type { AddVenueInput, UpdateVenueInput } from './venue.inputs';

export async function addVenue(ctx: SubgraphContext, input: AddVenueInput): Promise<VenueEntity> {
  const orgUnitId = parseId(input.orgUnitId, 'org unit');
  const fields = venueFields(input);
  await ctx.access.requireWrite('org:write', orgUnitId);
  return ctx.db.transaction(async (manager) => {
    const venues = manager.getRepository(VenueEntity);
    const venue = await venues.save(venues.create({ orgUnitId, ...fields, kind: input.kind, name: fields.name! }));
    await ctx.audit.record(manager, 'addVenue', 'Venue', [venue.id]);
    return venue;
  });
}

export async function updateVenue(ctx: SubgraphContext, id: string, input: UpdateVenueInput): Promise<VenueEntity> {
  const venue = await existingVenue(ctx, id);
  const fields = venueFields(input);
  await ctx.access.requireWrite('org:write', venue.orgUnitId);
  return ctx.db.transaction(async (manager) => {
    const venues = manager.getRepository(VenueEntity);
    await venues.update({ id: venue.id }, { ...fields, ...(input.kind ? { kind: input.kind } : {}) });
    await ctx.audit.record(manager, 'updateVenue', 'Venue', [venue.id]);
    return venues.findOneByOrFail({ id: venue.id });
  });
}

/** Removes a venue (a resource no longer used); the audit log keeps that it existed. */
export async function removeVenue(ctx: SubgraphContext, id: string): Promise<VenueEntity> {
  const venue = await existingVenue(ctx, id);
  await ctx.access.requireWrite('org:write', venue.orgUnitId);
  return ctx.db.transaction(async (manager) => {
    await manager.getRepository(VenueEntity).delete({ id: venue.id });
    await ctx.audit.record(manager, 'removeVenue', 'Venue', [venue.id]);
    return venue;
  });
}

async function existingVenue(ctx: SubgraphContext, id: string): Promise<VenueEntity> {
  const venueId = parseId(id, 'venue');
  const venue = await ctx.db.getRepository(VenueEntity).findOneBy({ id: venueId });
  if (!venue) throw notFound('venue', venueId);
  return venue;
}

/** The given fields, trimmed (a blank text is null); `undefined` means "not given", `null` clears. Their rules are declared on the input. */
function venueFields(input: UpdateVenueInput): Partial<Pick<VenueEntity, 'name' | 'address' | 'openingHours' | 'capacity'>> {
  const fields: Partial<Pick<VenueEntity, 'name' | 'address' | 'openingHours' | 'capacity'>> = {};
  if (input.name !== undefined) fields.name = input.name?.trim();
  if (input.address !== undefined) fields.address = input.address?.trim() || null;
  if (input.openingHours !== undefined) fields.openingHours = input.openingHours?.trim() || null;
  if (input.capacity !== undefined) fields.capacity = input.capacity;
  return fields;
}
