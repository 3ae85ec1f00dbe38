import { OrderDirection, OrderInput, orderingOf, type OrderableField, type SortKey } from '@civic/subgraph-kit';
import type { WorkBrandEntity } from './work-brand.entity';

type WorkBrandOrderField = 'ID' | 'NAME';

const BY_ID: SortKey<WorkBrandEntity> = { expression: 'brand.id', value: (row) => row.id };

const ORDERABLE: Record<WorkBrandOrderField, OrderableField<WorkBrandEntity>> = {
  ID: { ...BY_ID, description: 'Creation order (编号).' },
  NAME: { expression: 'brand.name', value: (row) => row.name, description: 'Name, character by character (品牌名称).' },
};

export const WorkBrandOrder = OrderInput('WorkBrand', 'work brands (工作品牌)', ORDERABLE, 'creation order');
export type WorkBrandOrder = InstanceType<typeof WorkBrandOrder>;

export function workBrandOrdering(request: WorkBrandOrder | null | undefined) {
  return orderingOf(ORDERABLE, BY_ID, request, { field: 'ID', direction: OrderDirection.ASC });
}
