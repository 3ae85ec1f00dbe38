import { OrderDirection, OrderInput, orderingOf, type OrderableField, type Ordering, millisecondsOf } from '@civic/subgraph-kit';
import type { EnrollmentEntity } from './enrollment.entity';

/** Not completed sorts as if completed on this day: first ascending, last descending. */
const NO_DATE = '0001-01-01';

export const ENROLLMENT_ORDER_FIELDS = {
  ENROLLED_AT: {
    description: 'When the participant enrolled (报名时间).',
    expression: millisecondsOf('enrollment.created_at'),
    value: (row) => row.createdAt.getTime(),
  },
  PARTICIPANT_NAME: {
    description: 'Name of the participant (学员姓名).',
    expression: 'enrollment.participant_name',
    value: (row) => row.participantName,
  },
  COMPLETED_ON: {
    description: 'Day completed; not completed counts as earliest (结业日期).',
    expression: `coalesce(enrollment.completed_on, '${NO_DATE}'::date)`,
    value: (row) => row.completedOn ?? NO_DATE,
  },
  ID: { description: 'Id, in the order enrollments were recorded (编号).', expression: 'enrollment.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<EnrollmentEntity>>;

export const EnrollmentOrder = OrderInput('Enrollment', 'enrollments (报名学员)', ENROLLMENT_ORDER_FIELDS, 'in enrollment order');
export type EnrollmentOrder = InstanceType<typeof EnrollmentOrder>;

export function enrollmentOrdering(orderBy: EnrollmentOrder | null | undefined): Ordering<EnrollmentEntity> {
  return orderingOf(ENROLLMENT_ORDER_FIELDS, ENROLLMENT_ORDER_FIELDS.ID, orderBy, { field: 'ID', direction: OrderDirection.ASC });
}
