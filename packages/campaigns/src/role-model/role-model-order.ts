import { OrderDirection, OrderInput, orderingOf, type OrderableField, type SortKey } from '@civic/subgraph-kit';
import type { RoleModelEntity } from './role-model.entity';

type RoleModelOrderField = 'ID' | 'NAME';

const BY_ID: SortKey<RoleModelEntity> = { expression: 'model.id', value: (row) => row.id };

const ORDERABLE: Record<RoleModelOrderField, OrderableField<RoleModelEntity>> = {
  ID: { ...BY_ID, description: 'Recording order (编号).' },
  NAME: { expression: 'model.name', value: (row) => row.name, description: 'Name, character by character (姓名).' },
};

export const RoleModelOrder = OrderInput('RoleModel', 'role models (先进典型)', ORDERABLE, 'recording order');
export type RoleModelOrder = InstanceType<typeof RoleModelOrder>;

export function roleModelOrdering(request: RoleModelOrder | null | undefined) {
  return orderingOf(ORDERABLE, BY_ID, request, { field: 'ID', direction: OrderDirection.ASC });
}
