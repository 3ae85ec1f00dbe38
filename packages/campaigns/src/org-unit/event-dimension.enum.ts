import { describeEnum } from '@civic/subgraph-kit';

/** What a multi-dimensional breakdown of campaign events groups by (统计维度). */
export enum EventDimension {
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
  CHILD_UNIT = 'CHILD_UNIT',
  MONTH = 'MONTH',
  CAMPAIGN = 'CAMPAIGN',
  FORMAT = 'FORMAT',
  VENUE_TYPE = 'VENUE_TYPE',
  ACTION = 'ACTION',
}

describeEnum(EventDimension, 'EventDimension', 'What a multi-dimensional breakdown of campaign events groups by (统计维度).', {
  TOWNSHIP: 'By the township or street institute the host lies under; events hosted above that tier fall under "NONE" (按乡镇).',
  VILLAGE: 'By the village or community station the host lies under; events hosted above that tier fall under "NONE" (按村社区).',
  CHILD_UNIT: 'By the unit\'s child the host lies under; events the unit hosted itself fall under "NONE" (按下级单位).',
  MONTH: 'By calendar month in China time, YYYY-MM; with both from and to, every month of the period, zeros included (按月份).',
  CAMPAIGN: 'By campaign (按活动).',
  FORMAT: 'By format, every format listed, zeros included (按活动形式).',
  VENUE_TYPE: 'By kind of place, every kind listed, zeros included (按场所类型).',
  ACTION: 'By sub-action of the campaign; events under none fall under "NONE" (按子行动).',
});
