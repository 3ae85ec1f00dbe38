import { ConnectionType } from '@civic/subgraph-kit';
import { Venue } from './venue.type';

export const VenueConnection = ConnectionType(Venue, 'Venue', 'venues (阵地资源)');
