import { ConnectionType } from '@civic/kernel';
import { ServiceRequest } from './service-request.type';

export const ServiceRequestConnection = ConnectionType(ServiceRequest, 'ServiceRequest', 'service orders (群众点单)');
