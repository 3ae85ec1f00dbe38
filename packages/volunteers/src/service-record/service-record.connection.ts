import { ConnectionType } from '@civic/subgraph-kit';
import { ServiceRecord } from './service-record.type';

export const ServiceRecordConnection = ConnectionType(ServiceRecord, 'ServiceRecord', 'service records (服务记录)');
