import { ConnectionType } from '@civic/kernel';
import { Volunteer } from './volunteer.type';

export const VolunteerConnection = ConnectionType(Volunteer, 'Volunteer', 'volunteers (志愿者)');
