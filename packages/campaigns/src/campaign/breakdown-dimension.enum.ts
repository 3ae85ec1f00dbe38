import { describeEnum } from '@civic/subgraph-kit';

/** What a campaign's figures are broken down by (分组维度). */
export enum BreakdownDimension {
  ORG_UNIT = 'ORG_UNIT',
  VENUE_TYPE = 'VENUE_TYPE',
  FORMAT = 'FORMAT',
  MONTH = 'MONTH',
}

describeEnum(BreakdownDimension, 'BreakdownDimension', "What a campaign's figures are broken down by (分组维度).", {
  ORG_UNIT:
    "By the organiser's child units (e.g. townships), each rolled up over its subtree; events the organiser hosted itself and events hosted outside its subtree get a bucket each (按下级单位).",
  VENUE_TYPE: 'By kind of place, e.g. the "five intos" (按场所类型).',
  FORMAT: 'By format, e.g. 火塘夜话, 坝坝会 (按活动形式).',
  MONTH: 'By calendar month in China Standard Time, YYYY-MM (按月份).',
});
