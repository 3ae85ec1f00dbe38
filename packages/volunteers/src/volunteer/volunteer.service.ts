import type { DataSource } from 'typeorm';
import { paginate, parseId, type PageArgs, type SortKey } from '@civic/kernel';
import { VolunteerEntity } from './volunteer.entity';
import type { VolunteerFilter } from './dtos/volunteer-filter.input';

const BY_ID: SortKey<VolunteerEntity>[] = [{ expression: 'volunteer.id', value: (row) => row.id }];

export function listVolunteers(db: DataSource, filter: VolunteerFilter | null | undefined, page: PageArgs) {
  const query = db.getRepository(VolunteerEntity).createQueryBuilder('volunteer');
  if (filter?.homeUnitId) query.andWhere('volunteer.home_unit_id = :unit', { unit: parseId(filter.homeUnitId, 'org unit') });
  const search = filter?.search?.trim();
  if (search) query.andWhere('volunteer.name LIKE :search', { search: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
  return paginate(query, BY_ID, page);
}
