import { parseId, type SubgraphContext, lockForEdit } from '@civic/subgraph-kit';
import { VenueEntity } from '../venue.entity';

/** Removes a venue (a resource no longer used); the audit log keeps that it existed. */
export async function removeVenue(ctx: SubgraphContext, id: string, expectedVersion: number | null | undefined): Promise<VenueEntity> {
  const venueId = parseId(id, 'venue');
  return ctx.db.transaction(async (manager) => {
    const venue = await lockForEdit(manager, VenueEntity, venueId, expectedVersion, 'venue');
    await ctx.access.requireWrite('org:write', venue.orgUnitId);
    await manager.getRepository(VenueEntity).delete({ id: venueId });
    await ctx.audit.record(manager, 'removeVenue', 'Venue', [venueId], {
      changes: { name: { from: venue.name, to: null }, kind: { from: venue.kind, to: null } },
    });
    return venue;
  });
}
