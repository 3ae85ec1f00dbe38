import type { Dayjs } from 'dayjs';
import type { EventFormat, RecordCampaignEventInput, VenueType } from '../../../gql/graphql';
import { beijingInstant } from '../../../shared/beijing-time';

/** What the 登记活动 form holds; antd fills it field by field, so each may still be empty. */
export interface EventFormValues {
  campaignId?: string;
  title?: string;
  heldAt?: Dayjs | null;
  format?: EventFormat;
  venueType?: VenueType;
  hostId?: string;
  audienceCount?: number | null;
  place?: string;
  summary?: string;
  volunteerIds?: string[];
}

/** The form's fields in Chinese, also for API messages naming another field. */
export const EVENT_FIELD_LABELS = {
  campaignId: '所属活动',
  title: '活动主题',
  heldAt: '举办时间',
  format: '活动形式',
  venueType: '场所类型',
  hostId: '承办单位',
  audienceCount: '受众人次',
  place: '地点',
  summary: '活动简介',
  volunteerIds: '服务志愿者',
} as const;

const blankToNull = (text: string | undefined) => (text?.trim() ? text.trim() : null);

/**
 * The mutation input of a filled form: the time as Beijing time, optional texts null when blank.
 * Required fields are checked by the form; the API checks every rule again and has the last word.
 */
export function recordEventInput(values: EventFormValues): RecordCampaignEventInput {
  return {
    campaignId: values.campaignId ?? '',
    title: values.title?.trim() ?? '',
    heldAt: values.heldAt ? beijingInstant(values.heldAt) : '',
    format: values.format as EventFormat,
    venueType: values.venueType as VenueType,
    hostId: values.hostId ?? '',
    audienceCount: values.audienceCount ?? 0,
    place: blankToNull(values.place),
    summary: blankToNull(values.summary),
    volunteerIds: values.volunteerIds?.length ? values.volunteerIds : null,
  };
}
