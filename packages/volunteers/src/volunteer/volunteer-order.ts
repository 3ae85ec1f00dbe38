import { OrderDirection, OrderInput, orderingOf, type OrderableField, type OrderRequest, type Ordering } from '@civic/subgraph-kit';
import type { VolunteerEntity } from './volunteer.entity';

/** Over the alias `volunteer` (the roster and a team's members alike). */
const FIELDS = {
  ID: { description: 'Identifier, in order of registration (编号).', expression: 'volunteer.id', value: (row) => row.id },
  NAME: { description: 'Name (姓名).', expression: 'volunteer.name', value: (row) => row.name },
  REGISTERED_AT: {
    description: 'When registered (注册时间).',
    expression: 'extract(epoch from volunteer.registered_at)',
    value: (row) => row.registeredAt.getTime() / 1000,
  },
  TOTAL_SERVICE_HOURS: {
    description: 'Cumulative approved hours, which give the star level (累计服务时长).',
    expression: 'volunteer.total_service_hours',
    value: (row) => row.totalServiceHours,
  },
} satisfies Record<string, OrderableField<VolunteerEntity>>;

export type VolunteerOrderField = keyof typeof FIELDS;

export const VolunteerOrder = OrderInput<VolunteerOrderField>(
  'Volunteer',
  'volunteers (志愿者)',
  FIELDS,
  'id ascending, the order of registration',
);
export type VolunteerOrder = OrderRequest<VolunteerOrderField>;

export function volunteerOrdering(request: VolunteerOrder | null | undefined): Ordering<VolunteerEntity> {
  return orderingOf(FIELDS, FIELDS.ID, request, { field: 'ID', direction: OrderDirection.ASC });
}
