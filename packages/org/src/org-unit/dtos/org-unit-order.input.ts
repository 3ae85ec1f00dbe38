import { OrderDirection, OrderInput, orderingOf, type OrderableField, type Ordering, type SortKey } from '@civic/subgraph-kit';
import type { OrgUnitEntity } from '../org-unit.entity';

/** Undated units sort as if unveiled on this day: first ascending, last descending. */
const NO_DATE = '0001-01-01';

export const ORG_UNIT_ORDER_FIELDS = {
  NAME: { description: 'Name, in plain text order (名称).', expression: 'unit.name', value: (row) => row.name },
  CODE: { description: 'Unit code (单位编码).', expression: 'unit.code', value: (row) => row.code },
  ESTABLISHED_ON: {
    description: 'Day unveiled; units without one count as earliest (揭牌日期).',
    expression: `coalesce(unit.established_on, '${NO_DATE}'::date)`,
    value: (row) => row.establishedOn ?? NO_DATE,
  },
  LEVEL: {
    description: 'Depth in the hierarchy: centers first, then the tiers below (层级).',
    expression: 'unit.depth',
    value: (row) => row.depth,
  },
  ID: { description: 'Id, i.e. the order units were created in (编号).', expression: 'unit.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<OrgUnitEntity>>;

export type OrgUnitOrderField = keyof typeof ORG_UNIT_ORDER_FIELDS;

export const OrgUnitOrder = OrderInput('OrgUnit', 'org units (阵地)', ORG_UNIT_ORDER_FIELDS, 'by id, oldest first');
export type OrgUnitOrder = InstanceType<typeof OrgUnitOrder>;

const BY_ID: SortKey<OrgUnitEntity> = ORG_UNIT_ORDER_FIELDS.ID;

/** The page order of a list of units: the asked field, then the id; by id ascending when none is asked. */
export function orgUnitOrdering(orderBy: OrgUnitOrder | null | undefined): Ordering<OrgUnitEntity> {
  return orderingOf(ORG_UNIT_ORDER_FIELDS, BY_ID, orderBy, { field: 'ID', direction: OrderDirection.ASC });
}
