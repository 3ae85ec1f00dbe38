import { ConnectionType } from '@civic/subgraph-kit';
import { WorkBrand } from './work-brand.type';

export const WorkBrandConnection = ConnectionType(WorkBrand, 'WorkBrand', 'work brands (工作品牌)');
