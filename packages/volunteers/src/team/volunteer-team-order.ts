import { OrderDirection, OrderInput, orderingOf, type OrderableField, type OrderRequest, type Ordering } from '@civic/subgraph-kit';
import type { VolunteerTeamEntity } from './volunteer-team.entity';

const FIELDS = {
  ID: { description: 'Identifier, in order of forming (编号).', expression: 'team.id', value: (row) => row.id },
  NAME: { description: 'Name (名称).', expression: 'team.name', value: (row) => row.name },
  CREATED_AT: {
    description: 'When the team was formed (组建时间).',
    expression: 'extract(epoch from team.created_at)',
    value: (row) => row.createdAt.getTime() / 1000,
  },
} satisfies Record<string, OrderableField<VolunteerTeamEntity>>;

export type VolunteerTeamOrderField = keyof typeof FIELDS;

export const VolunteerTeamOrder = OrderInput<VolunteerTeamOrderField>(
  'VolunteerTeam',
  'volunteer teams (志愿服务队)',
  FIELDS,
  'id ascending',
);
export type VolunteerTeamOrder = OrderRequest<VolunteerTeamOrderField>;

export function volunteerTeamOrdering(request: VolunteerTeamOrder | null | undefined): Ordering<VolunteerTeamEntity> {
  return orderingOf(FIELDS, FIELDS.ID, request, { field: 'ID', direction: OrderDirection.ASC });
}
