import { millisecondsOf, OrderDirection, OrderInput, orderingOf, type OrderableField, type Ordering } from '@civic/subgraph-kit';
import type { SchemeEntity } from './scheme.entity';

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/** Over the alias `scheme`; days as numbers, so cursors compare as the dates do. */
export const SCHEME_ORDER_FIELDS = {
  FROM: {
    description: 'First day of the period (考核起始日期).',
    expression: `(scheme.period_from - DATE '1970-01-01')`,
    value: (row) => dayNumber(row.periodFrom),
  },
  NAME: { description: 'Name (方案名称).', expression: 'scheme.name', value: (row) => row.name },
  CREATED_AT: {
    description: 'When it was created (创建时间).',
    expression: millisecondsOf('scheme.created_at'),
    value: (row) => row.createdAt.getTime(),
  },
  ID: { description: 'Id, in the order schemes were created (编号).', expression: 'scheme.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<SchemeEntity>>;

export const AssessmentSchemeOrder = OrderInput(
  'AssessmentScheme',
  'assessment schemes (考核方案)',
  SCHEME_ORDER_FIELDS,
  'latest period first',
);
export type AssessmentSchemeOrder = InstanceType<typeof AssessmentSchemeOrder>;

export function schemeOrdering(orderBy: AssessmentSchemeOrder | null | undefined): Ordering<SchemeEntity> {
  return orderingOf(SCHEME_ORDER_FIELDS, SCHEME_ORDER_FIELDS.ID, orderBy, { field: 'FROM', direction: OrderDirection.DESC });
}
