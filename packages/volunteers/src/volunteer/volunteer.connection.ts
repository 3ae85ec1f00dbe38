import { ConnectionType } from '@civic/subgraph-kit';
import { Volunteer } from './volunteer.type';

export const VolunteerConnection = ConnectionType(Volunteer, 'Volunteer', 'volunteers (志愿者)');
