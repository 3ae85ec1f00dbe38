import {
  millisecondsOf,
  OrderDirection,
  OrderInput,
  orderingOf,
  type OrderableField,
  type OrderRequest,
  type Ordering,
} from '@civic/subgraph-kit';
import type { MobilisationEntity } from './mobilisation.entity';

const DAY_MS = 86_400_000;
/** Ongoing mobilisations (no last day yet) sort as if they ended on this day, later than any that have ended. */
const OPEN_END = '9999-12-31';

const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/** Over the alias `mobilisation` (the root list and a unit's list alike); days as numbers, so cursors compare as the dates do. */
const FIELDS = {
  STARTS_ON: {
    description: 'First day (开始日期).',
    expression: `(mobilisation.starts_on - DATE '1970-01-01')`,
    value: (row) => dayNumber(row.startsOn),
  },
  ENDS_ON: {
    description: 'Last day; ongoing ones count as ending after all others (结束日期).',
    expression: `(coalesce(mobilisation.ends_on, DATE '${OPEN_END}') - DATE '1970-01-01')`,
    value: (row) => dayNumber(row.endsOn ?? OPEN_END),
  },
  TITLE: { description: 'Title (名称).', expression: 'mobilisation.title', value: (row) => row.title },
  KIND: { description: 'What it is for (动员类别).', expression: 'mobilisation.kind', value: (row) => row.kind },
  CREATED_AT: {
    description: 'When it was entered (登记时间).',
    expression: millisecondsOf('mobilisation.created_at'),
    value: (row) => row.createdAt.getTime(),
  },
  ID: { description: 'Identifier, in order of entry (编号).', expression: 'mobilisation.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<MobilisationEntity>>;

export type MobilisationOrderField = keyof typeof FIELDS;

export const MobilisationOrder = OrderInput<MobilisationOrderField>(
  'Mobilisation',
  'special-period mobilisations (应急动员)',
  FIELDS,
  'latest first day first',
);
export type MobilisationOrder = OrderRequest<MobilisationOrderField>;

/** The order asked for; by default latest first: by first day, then id, descending. */
export function mobilisationOrdering(request: MobilisationOrder | null | undefined): Ordering<MobilisationEntity> {
  return orderingOf(FIELDS, FIELDS.ID, request, { field: 'STARTS_ON', direction: OrderDirection.DESC });
}

/** The default order, for sources that need sort keys up front. */
export const MOBILISATIONS_LATEST_FIRST: Ordering<MobilisationEntity> = mobilisationOrdering(null);
