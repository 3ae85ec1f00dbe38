import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { VenueEntity } from '../venue.entity';
import { venueFields } from './venue-fields';
import type { AddVenueInput } from './venue.inputs';

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
