import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/api-error';
import { placeApiError } from '../../src/shared/forms/api-form-errors';
import { chineseFieldMessage } from '../../src/shared/forms/chinese-error-messages';

const LABELS = { startedAt: '开始时间', endedAt: '结束时间', volunteerId: '志愿者', description: '服务内容' };
const FIELDS = Object.keys(LABELS);

describe('API errors on a form', () => {
  it('puts an error naming input.endedAt beside 结束时间, in Chinese', () => {
    const error = new ApiError(
      [
        {
          message: 'a service record covers at most 24 hours (endedAt - startedAt)',
          extensions: { code: 'BAD_USER_INPUT', argument: 'input.endedAt' },
        },
      ],
      200,
    );
    expect(placeApiError(error, FIELDS, LABELS)).toEqual({
      fields: [{ name: 'endedAt', errors: ['一条服务记录最长 24 小时'] }],
      formMessage: null,
      staleVersion: null,
    });
  });

  it('names the other field of an order rule by its Chinese label', () => {
    const error = new ApiError(
      [{ message: 'endedAt must be after startedAt', extensions: { code: 'BAD_USER_INPUT', argument: 'input.endedAt' } }],
      200,
    );
    expect(placeApiError(error, FIELDS, LABELS).fields).toEqual([{ name: 'endedAt', errors: ['须晚于开始时间'] }]);
  });

  it('keeps an error naming no field of the form for the whole form, translated when known', () => {
    const overlap = new ApiError(
      [{ message: 'startedAt/endedAt overlap service record 17 of volunteer 2093', extensions: { code: 'BAD_USER_INPUT' } }],
      200,
    );
    expect(placeApiError(overlap, FIELDS, LABELS)).toMatchObject({
      fields: [],
      formMessage: '与该志愿者的另一条服务记录（编号 17）时间重叠',
    });
    const forbidden = new ApiError([{ message: 'org unit 3 is outside your subtree', extensions: { code: 'FORBIDDEN' } }], 200);
    expect(placeApiError(forbidden, FIELDS, LABELS).formMessage).toBe('没有权限：org unit 3 is outside your subtree');
  });

  it('recognises a stale version (CONFLICT with the current version) so the form can offer to reload', () => {
    const error = new ApiError(
      [
        {
          message: 'service record 88 was changed by someone else since you read it (now version 3, you read 2): reload it and edit again',
          extensions: { code: 'CONFLICT', currentVersion: 3 },
        },
      ],
      200,
    );
    expect(placeApiError(error, FIELDS, LABELS).staleVersion).toEqual({ currentVersion: 3 });
  });

  it('translates the campaign-period rule with its dates, and keeps the API’s words for what it does not know', () => {
    expect(
      chineseFieldMessage('heldAt 2022-01-05 (China Standard Time) is outside the period of campaign 1: 2021-03-01 to 2021-12-31'),
    ).toBe('举办日期须在活动期间内（2021-03-01 至 2021-12-31）');
    expect(chineseFieldMessage('audienceCount must be between 0 and 1000000, got -3')).toBe('须在 0 到 1000000 之间');
    expect(chineseFieldMessage('something new')).toBe('填写有误：something new');
  });
});
