import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupLoader, idLoader } from '@civic/subgraph-kit';
import { idsByKeyLoader } from '../shared/ids-by-key.loader';
import { CalendarDayEntity } from './calendar-day.entity';
import { PlannedActivityEntity } from './planned-activity.entity';

export function calendarDayByIdLoader(db: DataSource) {
  const days = db.getRepository(CalendarDayEntity);
  return idLoader((ids) => days.findBy({ id: In(ids) }));
}

export function plannedActivityByIdLoader(db: DataSource) {
  const activities = db.getRepository(PlannedActivityEntity);
  return idLoader((ids) => activities.findBy({ id: In(ids) }));
}

/** The responsible departments (org unit ids) of many themed days, in one statement. */
export function dayDepartmentIdsLoader(db: DataSource): DataLoader<number, number[]> {
  return idsByKeyLoader(
    db,
    `SELECT day_id AS key, org_unit_id AS id FROM campaigns.calendar_day_department WHERE day_id = ANY($1::int[]) ORDER BY day_id, org_unit_id`,
  );
}

/** The activities planned against many themed days, every year, by date, in one statement. */
export function activitiesByDayLoader(db: DataSource): DataLoader<number, PlannedActivityEntity[]> {
  const activities = db.getRepository(PlannedActivityEntity);
  return groupLoader(
    (dayIds) => activities.find({ where: { calendarDayId: In([...dayIds]) }, order: { plannedOn: 'ASC', id: 'ASC' } }),
    (activity) => activity.calendarDayId,
  );
}
