import { ConnectionType } from '@civic/subgraph-kit';
import { ServiceRequest } from './service-request.type';

export const ServiceRequestConnection = ConnectionType(ServiceRequest, 'ServiceRequest', 'service orders (群众点单)');
