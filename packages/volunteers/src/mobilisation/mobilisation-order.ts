import { OrderDirection, orderingOf, type OrderableField, type Ordering } from '@civic/subgraph-kit';
import type { MobilisationEntity } from './mobilisation.entity';

const DAY_MS = 86_400_000;

/** Over the alias `mobilisation`; days as numbers, so cursors compare as the dates do. */
const FIELDS = {
  STARTS_ON: {
    description: 'First day (开始日期).',
    expression: `(mobilisation.starts_on - DATE '1970-01-01')`,
    value: (row) => Math.round(Date.parse(`${row.startsOn}T00:00:00Z`) / DAY_MS),
  },
  ID: { description: 'Identifier (编号).', expression: 'mobilisation.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<MobilisationEntity>>;

/** Mobilisations are listed latest first: by first day, then id, descending. */
export const MOBILISATIONS_LATEST_FIRST: Ordering<MobilisationEntity> = orderingOf(FIELDS, FIELDS.ID, null, {
  field: 'STARTS_ON',
  direction: OrderDirection.DESC,
});
