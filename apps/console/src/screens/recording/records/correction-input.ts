import type { Dayjs } from 'dayjs';
import type { CorrectCampaignEventInput, CorrectServiceRecordInput, EventFormat, VenueType } from '../../../gql/graphql';
import { beijingInstant } from '../../../shared/beijing-time';

/** An event as the list shows it: what a correction starts from. */
export interface EventRecord {
  id: string;
  version: number;
  title: string;
  heldAt: string;
  format: EventFormat;
  venueType: VenueType;
  audienceCount: number;
  place?: string | null;
  summary?: string | null;
}

export interface EventCorrectionValues {
  title?: string;
  heldAt?: Dayjs | null;
  format?: EventFormat;
  venueType?: VenueType;
  audienceCount?: number | null;
  place?: string;
  summary?: string;
  reason?: string;
}

export const EVENT_CORRECTION_LABELS = {
  title: '活动主题',
  heldAt: '举办时间',
  format: '活动形式',
  venueType: '场所类型',
  audienceCount: '受众人次',
  place: '地点',
  summary: '活动简介',
  reason: '更正原因',
} as const;

const sameInstant = (a: string, b: string) => new Date(a).getTime() === new Date(b).getTime();
const textOrNull = (text: string | undefined) => (text?.trim() ? text.trim() : null);

/**
 * Only what was changed, with the version as read and the reason: the API changes those fields
 * alone and refuses the correction (CONFLICT) when someone else changed the event meanwhile.
 */
export function correctEventInput(record: EventRecord, values: EventCorrectionValues): CorrectCampaignEventInput {
  const input: CorrectCampaignEventInput = { id: record.id, expectedVersion: record.version, reason: values.reason?.trim() ?? '' };
  const title = values.title?.trim();
  if (title !== undefined && title !== record.title) input.title = title;
  if (values.heldAt) {
    const heldAt = beijingInstant(values.heldAt);
    if (!sameInstant(heldAt, record.heldAt)) input.heldAt = heldAt;
  }
  if (values.format && values.format !== record.format) input.format = values.format;
  if (values.venueType && values.venueType !== record.venueType) input.venueType = values.venueType;
  if (values.audienceCount !== undefined && values.audienceCount !== null && values.audienceCount !== record.audienceCount)
    input.audienceCount = values.audienceCount;
  const place = textOrNull(values.place);
  if (place !== (record.place ?? null)) input.place = place;
  const summary = textOrNull(values.summary);
  if (summary !== (record.summary ?? null)) input.summary = summary;
  return input;
}

/** A service record as the list shows it. */
export interface ServiceRecordRow {
  id: string;
  version: number;
  startedAt: string;
  endedAt: string;
  hours: number;
  description?: string | null;
}

export interface ServiceCorrectionValues {
  startedAt?: Dayjs | null;
  endedAt?: Dayjs | null;
  hours?: number | null;
  description?: string;
  reason?: string;
}

export const SERVICE_CORRECTION_LABELS = {
  startedAt: '开始时间',
  endedAt: '结束时间',
  hours: '服务时长',
  description: '服务内容',
  reason: '更正原因',
} as const;

/** Only what was changed: times, hours (else the API takes them from the times), content; with version and reason. */
export function correctServiceInput(record: ServiceRecordRow, values: ServiceCorrectionValues): CorrectServiceRecordInput {
  const input: CorrectServiceRecordInput = { id: record.id, expectedVersion: record.version, reason: values.reason?.trim() ?? '' };
  if (values.startedAt) {
    const startedAt = beijingInstant(values.startedAt);
    if (!sameInstant(startedAt, record.startedAt)) input.startedAt = startedAt;
  }
  if (values.endedAt) {
    const endedAt = beijingInstant(values.endedAt);
    if (!sameInstant(endedAt, record.endedAt)) input.endedAt = endedAt;
  }
  if (values.hours !== undefined && values.hours !== null && values.hours !== record.hours) input.hours = values.hours;
  const description = values.description?.trim() ?? '';
  if (description !== (record.description ?? '')) input.description = description;
  return input;
}
