import { describe, expect, it } from 'vitest';
import type { ConsoleCampaignViewFiguresQuery } from '../../src/gql/graphql';
import {
  describeData,
  drillTrail,
  gauges,
  headline,
  kindData,
  monthData,
  percentOf,
  shortUnitName,
  unitBreakdown,
} from '../../src/screens/campaigns/chart-data';

type Figures = ConsoleCampaignViewFiguresQuery;
type Unit = NonNullable<Figures['orgUnit']>;
type Campaign = NonNullable<Figures['campaign']>;

const cell = (key: string, label: string, eventCount: number, audienceTotal = eventCount * 100) => ({
  keys: [{ key, label }],
  eventCount,
  audienceTotal,
});

const center = { id: '1', code: '513426-ZX', name: '会东县新时代文明实践中心', level: 'CENTER' as const };

function unit(overrides: Partial<Unit> = {}): Unit {
  return {
    ...center,
    ancestors: [],
    stats: { eventCount: 720, audienceTotal: 114510, volunteerCount: 547 },
    stations: { totalCount: 204 },
    stationsWithoutEvents: Array.from({ length: 14 }, (_, i) => ({ id: String(100 + i) })),
    byVenueType: [],
    byFormat: [],
    byMonth: [],
    byTownship: [cell('34', '会东街道新时代文明实践所', 39), cell('35', '鲹鱼河镇新时代文明实践所', 0)],
    byChildUnit: [cell('8', '会东县新时代文明实践文化广播电视和旅游分中心', 0)],
    ...overrides,
  };
}

const campaign: Campaign = {
  id: '1',
  name: '会东县党史学习教育宣讲',
  startsOn: '2021-03-01',
  endsOn: '2021-12-31',
  eventTarget: 700,
  audienceTarget: null,
  organizer: { id: '1', name: center.name },
  stats: { eventCount: 720 },
};

describe('shaping the campaign view’s breakdowns into chart data', () => {
  it('lists the kinds of place that had events, in the order people name the five intos', () => {
    const cells = [
      cell('COMMUNITY', '进社区', 144),
      cell('COUNTRYSIDE', '进农村', 144),
      cell('MILITARY_CAMP', '进军营', 0),
      cell('GOVERNMENT_AGENCY', '进机关', 144),
      cell('SCHOOL', '进学校', 144),
      cell('ENTERPRISE', '进企业', 144),
    ];
    const order = ['GOVERNMENT_AGENCY', 'SCHOOL', 'COMMUNITY', 'ENTERPRISE', 'COUNTRYSIDE', 'MILITARY_CAMP'].map((value) => ({ value }));
    expect(kindData(cells, order).map((d) => d.name)).toEqual(['进机关', '进学校', '进社区', '进企业', '进农村']);
    expect(kindData(cells).map((d) => d.value)).toEqual([144, 144, 144, 144, 144]);
  });

  it('keeps every month in order, zeros included', () => {
    const data = monthData([cell('2021-04', '2021年4月', 0), cell('2021-03', '2021年3月', 73)]);
    expect(data).toEqual([
      { name: '2021年3月', value: 73 },
      { name: '2021年4月', value: 0 },
    ]);
  });

  it('fills in the months of the period that had no events, across a year’s end', () => {
    const data = monthData([cell('2021-12', '2021年12月', 2), cell('2021-10', '2021年10月', 1)], { from: '2021-09-15', to: '2022-01-31' });
    expect(data).toEqual([
      { name: '2021年9月', value: 0 },
      { name: '2021年10月', value: 1 },
      { name: '2021年11月', value: 0 },
      { name: '2021年12月', value: 2 },
      { name: '2022年1月', value: 0 },
    ]);
    expect(monthData([cell('2021-08', '2021年8月', 1), cell('2021-11', '2021年11月', 1)], { from: '2021-08-01', to: null })).toHaveLength(
      4,
    );
    expect(monthData([], { from: '2021-08-01', to: null })).toEqual([]);
    expect(monthData([])).toEqual([]);
  });

  it('shows townships under a county center, each a unit to drill into, those without events too', () => {
    const breakdown = unitBreakdown(unit());
    expect(breakdown.dimension).toBe('TOWNSHIP');
    expect(breakdown.title).toBe('按乡镇（街道）');
    expect(breakdown.data).toEqual([
      { name: '会东街道', value: 39, audience: 3900, unitId: '34' },
      { name: '鲹鱼河镇', value: 0, audience: 0, unitId: '35' },
    ]);
  });

  it('shows a township’s stations, with its own events as a bar that leads nowhere', () => {
    const township = unit({
      id: '34',
      level: 'INSTITUTE',
      byChildUnit: [cell('56', '政通路社区新时代文明实践站', 3), cell('NONE', '本级承办', 12)],
    });
    const breakdown = unitBreakdown(township);
    expect(breakdown).toMatchObject({ dimension: 'CHILD_UNIT', title: '按村（社区）实践站' });
    expect(breakdown.data).toEqual([
      { name: '政通路社区', value: 3, audience: 300, unitId: '56' },
      { name: '本级承办', value: 12, audience: 1200 },
    ]);
    expect(unitBreakdown({ ...township, byChildUnit: [cell('NONE', '本级承办', 0)] }).data).toEqual([]);
  });

  it('shortens unit names for an axis', () => {
    expect(shortUnitName('会东街道新时代文明实践所')).toBe('会东街道');
    expect(shortUnitName('政通路社区新时代文明实践站')).toBe('政通路社区');
    expect(shortUnitName('会东县新时代文明实践文化广播电视和旅游分中心')).toBe('会东县新时代文明实践文化广播电视和旅游分中心');
    expect(shortUnitName('会东县新时代文明实践中心')).toBe('会东县');
  });

  it('reads the headline figures and the stations that held events', () => {
    expect(headline(unit())).toEqual({
      eventCount: 720,
      audienceTotal: 114510,
      volunteerCount: 547,
      stationCount: 204,
      stationsWithEvents: 190,
    });
  });

  it('measures a scope holding all the campaign’s events against its target, and station coverage', () => {
    expect(gauges(campaign, unit())).toEqual([
      { key: 'eventTarget', title: '场次目标完成率', measure: '已开展/目标场次', value: 720, target: 700 },
      { key: 'stationCoverage', title: '实践站覆盖率', measure: '已开展/全部实践站', value: 190, target: 204 },
    ]);
    expect(percentOf(720, 700)).toBe(102.9);
    expect(gauges({ ...campaign, audienceTarget: 100000 }, unit()).map((g) => g.key)).toEqual([
      'eventTarget',
      'audienceTarget',
      'stationCoverage',
    ]);
  });

  it('gives a township its share of the campaign instead of the county’s target', () => {
    const township = unit({
      stats: { eventCount: 39, audienceTotal: 6130, volunteerCount: 78 },
      stations: { totalCount: 11 },
      stationsWithoutEvents: [],
    });
    expect(gauges(campaign, township)).toEqual([
      { key: 'eventShare', title: '占全部场次', measure: '本范围/全部场次', value: 39, target: 720 },
      { key: 'stationCoverage', title: '实践站覆盖率', measure: '已开展/全部实践站', value: 11, target: 11 },
    ]);
    expect(gauges({ ...campaign, eventTarget: null }, unit({ stations: { totalCount: 0 } }))).toEqual([]);
  });

  it('leads back up a drill-down from the user’s own unit, never above it', () => {
    const station = {
      id: '56',
      code: '513426100001-SJZ',
      name: '政通路社区新时代文明实践站',
      ancestors: [{ ...center }, { id: '34', code: '513426100000-SJS', name: '会东街道新时代文明实践所', level: 'INSTITUTE' as const }],
    };
    expect(drillTrail(station, '513426-ZX').map((s) => s.id)).toEqual(['1', '34', '56']);
    expect(drillTrail(station, '513426100000-SJS').map((s) => s.id)).toEqual(['34', '56']);
    expect(drillTrail(station).map((s) => s.name)).toEqual([center.name, '会东街道新时代文明实践所', '政通路社区新时代文明实践站']);
  });

  it('describes a chart in words for screen readers', () => {
    expect(describeData('活动场次按场所类型', [{ name: '进机关', value: 144 }])).toBe('活动场次按场所类型：进机关 144');
    expect(describeData('活动场次按月份', [])).toBe('活动场次按月份：暂无数据');
  });
});
