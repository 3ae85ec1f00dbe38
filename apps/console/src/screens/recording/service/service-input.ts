import type { Dayjs } from 'dayjs';
import type { RecordServiceInput } from '../../../gql/graphql';
import { beijingInstant } from '../../../shared/beijing-time';

/** What the 录入服务时长 form holds. */
export interface ServiceFormValues {
  volunteerId?: string;
  startedAt?: Dayjs | null;
  endedAt?: Dayjs | null;
  description?: string;
}

export const SERVICE_FIELD_LABELS = {
  volunteerId: '志愿者',
  startedAt: '开始时间',
  endedAt: '结束时间',
  description: '服务内容',
} as const;

/**
 * The mutation input of a filled form. `idempotencyKey` is chosen once per filled form: pressing
 * 录入 twice (or a retry after a lost answer) records the hours once.
 */
export function recordServiceInput(values: ServiceFormValues, idempotencyKey: string): RecordServiceInput {
  return {
    volunteerId: values.volunteerId ?? '',
    startedAt: values.startedAt ? beijingInstant(values.startedAt) : '',
    endedAt: values.endedAt ? beijingInstant(values.endedAt) : '',
    description: values.description?.trim() ? values.description.trim() : null,
    idempotencyKey,
  };
}

/** Hours between the picked times, to two decimals, as a hint beside the form (the API computes its own). */
export function hoursBetween(startedAt: Dayjs | null | undefined, endedAt: Dayjs | null | undefined): number | null {
  if (!startedAt || !endedAt) return null;
  return Math.round((endedAt.diff(startedAt, 'minute') / 60) * 100) / 100;
}
