import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/api-error';
import { draftOf, indicatorSaveProblem, updateInput } from '../../src/screens/assessment/indicators/indicator-edit';
import { formatIndicatorValue, fractionInWords, noValueReason } from '../../src/screens/assessment/indicator-words';
import { canAdjustIndicators, schemesInReach } from '../../src/screens/assessment/scheme-access';

describe('an indicator’s figures in words', () => {
  it('reads a share as a percentage, the rest as a figure per something, and no value as a dash', () => {
    expect(formatIndicatorValue('ACTIVE_STATION_SHARE', 0.9091)).toBe('90.9%');
    expect(formatIndicatorValue('ORDERS_ANSWERED_SHARE', 1)).toBe('100%');
    expect(formatIndicatorValue('EVENTS_PER_STATION_MONTH', 0.4242)).toBe('0.42 场/站·月');
    expect(formatIndicatorValue('HOURS_PER_VOLUNTEER', 1.5026)).toBe('1.50 小时/人');
    expect(formatIndicatorValue('ORDER_RATING', 4.5)).toBe('4.5 分');
    expect(formatIndicatorValue('ORDER_RATING', null)).toBe('—');
  });

  it('says what was divided by what, and why there is no value', () => {
    expect(fractionInWords('EVENTS_PER_STATION_MONTH', 56, 132)).toBe('开展活动 56 场 ÷ 实践站数 × 月数 132 站·月');
    expect(fractionInWords('HOURS_PER_VOLUNTEER', 7298.5, 4857)).toBe('已审核服务时长 7,298.5 小时 ÷ 期末在册志愿者 4,857 人');
    expect(noValueReason('ORDERS_ANSWERED_SHARE')).toBe('无群众点单（不含已取消），不计分');
  });
});

describe('editing an indicator', () => {
  const share = { id: '4', kind: 'ORDERS_ANSWERED_SHARE', target: 0.9, weight: 10, version: 3 } as const;
  const rating = { id: '5', kind: 'ORDER_RATING', target: 4.5, weight: 5, version: 1 } as const;

  it('shows a share’s target as a percentage and sends it back as a share, with the version read', () => {
    expect(draftOf(share)).toEqual({ target: 90, weight: 10 });
    expect(updateInput(share, { target: 85, weight: 10 })).toEqual({ id: '4', expectedVersion: 3, target: 0.85 });
    expect(updateInput(share, { target: 90, weight: 12.5 })).toEqual({ id: '4', expectedVersion: 3, weight: 12.5 });
    expect(updateInput(rating, { target: 4.8, weight: 6 })).toEqual({ id: '5', expectedVersion: 1, target: 4.8, weight: 6 });
  });

  it('sends nothing when nothing changed', () => {
    expect(updateInput(share, draftOf(share))).toBeNull();
    expect(updateInput({ ...share, target: 0.333 }, draftOf({ ...share, target: 0.333 }))).toBeNull();
  });

  it('puts the API’s refusals in Chinese beside the field they name', () => {
    const refused = (message: string, argument: string) =>
      new ApiError([{ message, extensions: { code: 'BAD_USER_INPUT', argument } }], 200);
    expect(indicatorSaveProblem('ORDER_RATING', refused('a ORDER_RATING target is at most 5, got 6', 'input.target')).fields).toEqual({
      target: '目标值不能超过 5.0 分',
    });
    expect(
      indicatorSaveProblem('ACTIVE_STATION_SHARE', refused('a ACTIVE_STATION_SHARE target is at most 1, got 2', 'input.target')).fields,
    ).toEqual({
      target: '目标值不能超过 100%',
    });
    expect(indicatorSaveProblem('ORDER_RATING', refused('weight must be more than 0 and at most 1000, got 0', 'input.weight'))).toEqual({
      fields: { weight: '分值须大于 0，且不超过 1000 分' },
      message: null,
      staleVersion: null,
    });
  });

  it('offers to reload when the indicator changed since it was read, and says so when the scheme is closed', () => {
    const stale = new ApiError(
      [{ message: 'assessment indicator 4 is at version 4, not 3', extensions: { code: 'CONFLICT', currentVersion: 4 } }],
      200,
    );
    expect(indicatorSaveProblem('ORDER_RATING', stale)).toEqual({ fields: {}, message: null, staleVersion: { currentVersion: 4 } });
    const closed = new ApiError(
      [{ message: 'assessment scheme 1 is CLOSED: its results are final', extensions: { code: 'CONFLICT' } }],
      200,
    );
    expect(indicatorSaveProblem('ORDER_RATING', closed).message).toBe('该考核方案已结束，结果已定，指标不能再调整。');
    const forbidden = new ApiError([{ message: 'not inside your unit', extensions: { code: 'FORBIDDEN' } }], 200);
    expect(indicatorSaveProblem('ORDER_RATING', forbidden).message).toBe('没有权限：not inside your unit');
  });
});

describe('whose schemes and who may change them', () => {
  const county = { id: '1', ancestors: [] };
  const township = { id: '34', ancestors: [{ id: '1' }] };
  const otherCounty = { id: '900', ancestors: [] };
  const schemes = [
    { id: 'a', ownerUnit: county },
    { id: 'b', ownerUnit: township },
    { id: 'c', ownerUnit: otherCounty },
  ];

  it('offers a scoped role the schemes of its own unit, above it and below it; the unscoped every one', () => {
    expect(schemesInReach(schemes, county).map((s) => s.id)).toEqual(['a', 'b']);
    expect(schemesInReach(schemes, township).map((s) => s.id)).toEqual(['a', 'b']);
    expect(schemesInReach(schemes, { id: '35', ancestors: [{ id: '1' }] }).map((s) => s.id)).toEqual(['a']);
    expect(schemesInReach(schemes, undefined).map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('lets ADMIN, and ORG_ADMIN of the owner or above, change a scheme that is not closed', () => {
    const countyScheme = { state: 'PUBLISHED', ownerUnit: county };
    const townshipScheme = { state: 'DRAFT', ownerUnit: township };
    expect(canAdjustIndicators('ADMIN', undefined, countyScheme)).toBe(true);
    expect(canAdjustIndicators('ORG_ADMIN', '1', countyScheme)).toBe(true);
    expect(canAdjustIndicators('ORG_ADMIN', '1', townshipScheme)).toBe(true);
    // A township's org admin reads the county's scheme but may not change it.
    expect(canAdjustIndicators('ORG_ADMIN', '34', countyScheme)).toBe(false);
    expect(canAdjustIndicators('PROPAGANDA', '1', countyScheme)).toBe(false);
    expect(canAdjustIndicators('ANALYST', undefined, countyScheme)).toBe(false);
    expect(canAdjustIndicators('ADMIN', undefined, { ...countyScheme, state: 'CLOSED' })).toBe(false);
  });
});
