import { millisecondsOf, OrderDirection, OrderInput, orderingOf, type OrderableField, type Ordering } from '@civic/subgraph-kit';
import type { InspectionEntity } from './inspection.entity';

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/** Over the alias `inspection`; days as numbers, so cursors compare as the dates do. */
export const INSPECTION_ORDER_FIELDS = {
  INSPECTED_ON: {
    description: 'Day of the visit (督查日期).',
    expression: `(inspection.inspected_on - DATE '1970-01-01')`,
    value: (row) => dayNumber(row.inspectedOn),
  },
  RECORDED_AT: {
    description: 'When it was recorded (录入时间).',
    expression: millisecondsOf('inspection.created_at'),
    value: (row) => row.createdAt.getTime(),
  },
  ID: { description: 'Id, in the order inspections were recorded (编号).', expression: 'inspection.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<InspectionEntity>>;

export const InspectionOrder = OrderInput('Inspection', 'inspections (督查记录)', INSPECTION_ORDER_FIELDS, 'latest visit first');
export type InspectionOrder = InstanceType<typeof InspectionOrder>;

export function inspectionOrdering(orderBy: InspectionOrder | null | undefined): Ordering<InspectionEntity> {
  return orderingOf(INSPECTION_ORDER_FIELDS, INSPECTION_ORDER_FIELDS.ID, orderBy, {
    field: 'INSPECTED_ON',
    direction: OrderDirection.DESC,
  });
}
