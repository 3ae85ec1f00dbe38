import { OrderDirection, OrderInput, orderingOf, type OrderableField, type Ordering } from '@civic/subgraph-kit';
import type { VenueEntity } from './venue.entity';

export const VENUE_ORDER_FIELDS = {
  NAME: { description: 'Name, in plain text order (名称).', expression: 'venue.name', value: (row) => row.name },
  KIND: { description: 'Kind of venue (类别).', expression: 'venue.kind', value: (row) => row.kind },
  CAPACITY: {
    description: 'How many people it holds; unknown counts as 0 (容量).',
    expression: 'coalesce(venue.capacity, 0)',
    value: (row) => row.capacity ?? 0,
  },
  ID: { description: 'Id, i.e. the order venues were added in (编号).', expression: 'venue.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<VenueEntity>>;

export const VenueOrder = OrderInput('Venue', 'venues (阵地资源)', VENUE_ORDER_FIELDS, 'by id, oldest first');
export type VenueOrder = InstanceType<typeof VenueOrder>;

export function venueOrdering(orderBy: VenueOrder | null | undefined): Ordering<VenueEntity> {
  return orderingOf(VENUE_ORDER_FIELDS, VENUE_ORDER_FIELDS.ID, orderBy, { field: 'ID', direction: OrderDirection.ASC });
}
