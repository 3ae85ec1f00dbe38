import { OrderDirection, OrderInput, orderingOf, type OrderableField, type Ordering } from '@civic/subgraph-kit';
import type { TrainingProgramEntity } from '../training-program.entity';

export const TRAINING_PROGRAM_ORDER_FIELDS = {
  STARTS_ON: { description: 'First day (开始日期).', expression: 'program.starts_on', value: (row) => row.startsOn },
  ENDS_ON: { description: 'Last day (结束日期).', expression: 'program.ends_on', value: (row) => row.endsOn },
  TITLE: { description: 'Title, in plain text order (培训名称).', expression: 'program.title', value: (row) => row.title },
  CAPACITY: {
    description: 'Places offered; no limit counts as 0 (计划人数).',
    expression: 'coalesce(program.capacity, 0)',
    value: (row) => row.capacity ?? 0,
  },
  ID: { description: 'Id, i.e. the order programs were created in (编号).', expression: 'program.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<TrainingProgramEntity>>;

export const TrainingProgramOrder = OrderInput(
  'TrainingProgram',
  'training programs (培训项目)',
  TRAINING_PROGRAM_ORDER_FIELDS,
  'by first day, earliest first',
);
export type TrainingProgramOrder = InstanceType<typeof TrainingProgramOrder>;

/** Chronological by default, id breaking ties: the order a training calendar reads in. */
export function trainingProgramOrdering(orderBy: TrainingProgramOrder | null | undefined): Ordering<TrainingProgramEntity> {
  return orderingOf(TRAINING_PROGRAM_ORDER_FIELDS, TRAINING_PROGRAM_ORDER_FIELDS.ID, orderBy, {
    field: 'STARTS_ON',
    direction: OrderDirection.ASC,
  });
}
