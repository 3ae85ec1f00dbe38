import type { DataSource } from 'typeorm';
import { paginate, parseId, type PageArgs } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import { CalendarDayEntity } from './calendar-day.entity';
import type { PlannedActivityFilter } from './dtos/planned-activity-filter.input';
import { PlannedActivityEntity } from './planned-activity.entity';
import { plannedActivityOrdering, type PlannedActivityOrder } from './planned-activity-order';

/** The themed days of a unit's calendar that apply in a year (every-year days and that year's own), by month and day. */
export async function calendarDays(db: DataSource, unitId: number, year: number): Promise<CalendarDayEntity[]> {
  const days = await db
    .getRepository(CalendarDayEntity)
    .createQueryBuilder('day')
    .where('day.owner_unit_id = :unitId', { unitId })
    .andWhere('(day.year IS NULL OR day.year = :year)', { year })
    .orderBy('day.month')
    .addOrderBy('day.day')
    .addOrderBy('day.id')
    .getMany();
  return days.map((day) => Object.assign(day, { calendarYear: year }));
}

/** One keyset page of planned activities, by date unless asked otherwise: two statements. */
export function listPlannedActivities(
  db: DataSource,
  filter: PlannedActivityFilter | null,
  orderBy: PlannedActivityOrder | null,
  page: PageArgs,
) {
  const query = db.getRepository(PlannedActivityEntity).createQueryBuilder('activity');
  if (filter?.calendarUnitId) {
    query.andWhere('activity.calendar_day_id IN (SELECT d.id FROM campaigns.calendar_day d WHERE d.owner_unit_id = :calendarUnit)', {
      calendarUnit: parseId(filter.calendarUnitId, 'org unit'),
    });
  }
  if (filter?.calendarDayId) query.andWhere('activity.calendar_day_id = :dayId', { dayId: parseId(filter.calendarDayId, 'calendar day') });
  if (filter?.hostSubtreeOf) {
    query.andWhere(`activity.host_unit_id IN ${unitsInSubtree('hostSubtree')}`, { hostSubtree: parseId(filter.hostSubtreeOf, 'org unit') });
  }
  if (filter?.status) query.andWhere('activity.status = :status', { status: filter.status });
  if (filter?.from) query.andWhere('activity.planned_on >= :from', { from: filter.from });
  if (filter?.to) query.andWhere('activity.planned_on <= :to', { to: filter.to });
  return paginate(query, plannedActivityOrdering(orderBy), page);
}
