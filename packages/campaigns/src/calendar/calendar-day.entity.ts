import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A themed day of a center's activity calendar (文明实践日历): every year on a month-day, or on one date. */
@Entity({ name: 'calendar_day' })
export class CalendarDayEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'owner_unit_id', type: 'int' })
  ownerUnitId: number;

  @Column({ type: 'int' })
  month: number;

  @Column({ type: 'int' })
  day: number;

  /** Set for a day of one year only; null for a day every year. */
  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column({ type: 'text' })
  theme: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  /** Not stored: the year the calendar was read for, which dates the day and narrows its activities. */
  calendarYear?: number;
}
