import { changedFields, parseId, type SubgraphContext, lockForEdit } from '@civic/subgraph-kit';
import { VenueEntity } from '../venue.entity';
import { venueFields } from './venue-fields';
import type { UpdateVenueInput } from './venue.inputs';

const EDITABLE_FIELDS = ['name', 'kind', 'address', 'openingHours', 'capacity'] as const;

/** Changes a venue, on the version the editor read when it names one. */
export async function updateVenue(ctx: SubgraphContext, id: string, input: UpdateVenueInput): Promise<VenueEntity> {
  const venueId = parseId(id, 'venue');
  const fields = venueFields(input);
  return ctx.db.transaction(async (manager) => {
    const venues = manager.getRepository(VenueEntity);
    const venue = await lockForEdit(manager, VenueEntity, venueId, input.expectedVersion, 'venue');
    await ctx.access.requireWrite('org:write', venue.orgUnitId);
    await venues.update({ id: venueId }, { ...fields, ...(input.kind ? { kind: input.kind } : {}) });
    const updated = await venues.findOneByOrFail({ id: venueId });
    await ctx.audit.record(manager, 'updateVenue', 'Venue', [venueId], { changes: changedFields(venue, updated, EDITABLE_FIELDS) });
    return updated;
  });
}
