import dayjs, { type Dayjs } from 'dayjs';

const BEIJING_OFFSET = '+08:00';
const WALL_CLOCK = 'YYYY-MM-DDTHH:mm:ss';

/**
 * The instant a picked date and time stand for, read as Beijing time whatever the browser's time
 * zone: a DatePicker shows wall-clock values, and county staff mean Beijing's wall clock.
 */
export function beijingInstant(picked: Dayjs): string {
  return `${picked.format(WALL_CLOCK)}${BEIJING_OFFSET}`;
}

/** A picker value showing an instant the API answers with on Beijing's wall clock. */
export function beijingPickerValue(instant: string): Dayjs {
  const wallClock = new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(0, 19);
  return dayjs(wallClock);
}

/** Beijing's wall clock now, as a picker value (to refuse days still to come). */
export function beijingNow(): Dayjs {
  return beijingPickerValue(new Date().toISOString());
}
