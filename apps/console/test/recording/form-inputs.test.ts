import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { recordEventInput } from '../../src/screens/recording/event/event-input';
import { correctEventInput, correctServiceInput } from '../../src/screens/recording/records/correction-input';
import { hoursBetween, recordServiceInput } from '../../src/screens/recording/service/service-input';
import { beijingPickerValue } from '../../src/shared/beijing-time';

describe('the 登记活动 form as a recordCampaignEvent input', () => {
  it('sends the picked wall-clock time as Beijing time, trimmed texts, and null for blank optional fields', () => {
    expect(
      recordEventInput({
        campaignId: '1',
        title: '  红军巧渡金沙江（火塘夜话） ',
        heldAt: dayjs('2021-10-15 19:30'),
        format: 'FIRESIDE_CHAT',
        venueType: 'COUNTRYSIDE',
        hostId: '56',
        audienceCount: 45,
        place: '   ',
        summary: undefined,
        volunteerIds: [],
      }),
    ).toEqual({
      campaignId: '1',
      title: '红军巧渡金沙江（火塘夜话）',
      heldAt: '2021-10-15T19:30:00+08:00',
      format: 'FIRESIDE_CHAT',
      venueType: 'COUNTRYSIDE',
      hostId: '56',
      audienceCount: 45,
      place: null,
      summary: null,
      volunteerIds: null,
    });
  });

  it('keeps the place, summary and volunteers given', () => {
    const input = recordEventInput({ place: '村委会坝子', summary: '讲红军故事', volunteerIds: ['7', '9'], audienceCount: 0 });
    expect(input).toMatchObject({ place: '村委会坝子', summary: '讲红军故事', volunteerIds: ['7', '9'], audienceCount: 0 });
  });
});

describe('the 录入服务时长 form as a recordService input', () => {
  it('sends both times as Beijing time with the form’s idempotency key, content null when blank', () => {
    expect(
      recordServiceInput(
        { volunteerId: '2093', startedAt: dayjs('2021-10-15 08:00'), endedAt: dayjs('2021-10-15 11:30'), description: ' ' },
        'key-1',
      ),
    ).toEqual({
      volunteerId: '2093',
      startedAt: '2021-10-15T08:00:00+08:00',
      endedAt: '2021-10-15T11:30:00+08:00',
      description: null,
      idempotencyKey: 'key-1',
    });
  });

  it('shows the hours between the picked times (the API computes its own), negative when the end comes first', () => {
    expect(hoursBetween(dayjs('2021-10-15 08:00'), dayjs('2021-10-15 11:30'))).toBe(3.5);
    expect(hoursBetween(dayjs('2021-10-15 08:00'), dayjs('2021-10-15 07:00'))).toBe(-1);
    expect(hoursBetween(dayjs('2021-10-15 08:00'), null)).toBeNull();
  });
});

describe('corrections send only what changed, with the version read and the reason', () => {
  const event = {
    id: '905',
    version: 3,
    title: '文明健康 绿色环保',
    heldAt: '2021-12-25T11:30:00.000Z',
    format: 'PERFORMANCE' as const,
    venueType: 'COMMUNITY' as const,
    audienceCount: 57,
    place: null,
    summary: '演出',
  };

  it('an event: the changed audience and cleared summary; the unchanged time (shown on Beijing’s clock) is not sent', () => {
    expect(
      correctEventInput(event, {
        title: '文明健康 绿色环保',
        heldAt: beijingPickerValue(event.heldAt),
        format: 'PERFORMANCE',
        venueType: 'COMMUNITY',
        audienceCount: 60,
        place: '',
        summary: '',
        reason: ' 受众人数统计有误 ',
      }),
    ).toEqual({ id: '905', expectedVersion: 3, reason: '受众人数统计有误', audienceCount: 60, summary: null });
  });

  it('an event: a new time goes as Beijing time', () => {
    const input = correctEventInput(event, { heldAt: dayjs('2021-12-26 19:30'), reason: '日期填错' });
    expect(input).toEqual({ id: '905', expectedVersion: 3, reason: '日期填错', heldAt: '2021-12-26T19:30:00+08:00', summary: null });
  });

  it('a service record: new end and content; the hours left as they were are computed by the API', () => {
    const record = {
      id: '88',
      version: 1,
      startedAt: '2021-10-15T00:00:00Z',
      endedAt: '2021-10-15T03:30:00Z',
      hours: 3.5,
      description: null,
    };
    expect(
      correctServiceInput(record, {
        startedAt: beijingPickerValue(record.startedAt),
        endedAt: dayjs('2021-10-15 12:00'),
        hours: 3.5,
        description: '入户走访',
        reason: '结束时间有误',
      }),
    ).toEqual({ id: '88', expectedVersion: 1, reason: '结束时间有误', endedAt: '2021-10-15T12:00:00+08:00', description: '入户走访' });
  });
});
