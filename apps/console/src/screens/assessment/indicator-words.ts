import type { AssessmentIndicatorKind } from '../../gql/graphql';

/** How a kind's value reads: a share as a percentage, a rating in 分, the rest as a figure per something. */
type ValueStyle = { share: true } | { share: false; unit: string; decimals: number };

interface KindWords {
  value: ValueStyle;
  /** What the numerator adds up, and its unit. */
  numerator: [noun: string, unit: string];
  /** What it is divided by, and its unit. */
  denominator: [noun: string, unit: string];
}

/** Each indicator kind's figures in the words county staff use (the API gives the numbers and its formula). */
const KIND_WORDS: Record<AssessmentIndicatorKind, KindWords> = {
  EVENTS_PER_STATION_MONTH: {
    value: { share: false, unit: '场/站·月', decimals: 2 },
    numerator: ['开展活动', '场'],
    denominator: ['实践站数 × 月数', '站·月'],
  },
  ACTIVE_STATION_SHARE: { value: { share: true }, numerator: ['有活动的实践站', '个'], denominator: ['实践站', '个'] },
  HOURS_PER_VOLUNTEER: {
    value: { share: false, unit: '小时/人', decimals: 2 },
    numerator: ['已审核服务时长', '小时'],
    denominator: ['期末在册志愿者', '人'],
  },
  ORDERS_ANSWERED_SHARE: { value: { share: true }, numerator: ['已办结点单', '单'], denominator: ['群众点单（不含已取消）', '单'] },
  ORDER_RATING: { value: { share: false, unit: '分', decimals: 1 }, numerator: ['评分合计', '分'], denominator: ['已评价点单', '单'] },
  CUSTOMS_REFORM_COVERAGE: {
    value: { share: true },
    numerator: ['在用的村规民约和红白理事会', '项'],
    denominator: ['应有举措（实践站数 × 2）', '项'],
  },
  TRAINING_ATTENDANCE: { value: { share: true }, numerator: ['实际出勤', '课次'], denominator: ['应出勤', '课次'] },
};

const count = (value: number) => value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

/** An indicator's value (or target) as read: 42.4%, 1.50 小时/人, 4.5 分; — when there is none (nothing to divide by). */
export function formatIndicatorValue(kind: AssessmentIndicatorKind, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const style = KIND_WORDS[kind].value;
  if (style.share) return `${(Math.round(value * 1000) / 10).toLocaleString('zh-CN')}%`;
  return `${value.toFixed(style.decimals)} ${style.unit}`;
}

/** 分子/分母 in words, e.g. 开展活动 56 场 ÷ 实践站数 × 月数 132 站·月. */
export function fractionInWords(kind: AssessmentIndicatorKind, numerator: number, denominator: number): string {
  const { numerator: top, denominator: bottom } = KIND_WORDS[kind];
  return `${top[0]} ${count(numerator)} ${top[1]} ÷ ${bottom[0]} ${count(denominator)} ${bottom[1]}`;
}

/** Why an indicator has no value: nothing to divide by, said for its kind (e.g. 无群众点单（不含已取消）). */
export function noValueReason(kind: AssessmentIndicatorKind): string {
  return `无${KIND_WORDS[kind].denominator[0]}，不计分`;
}

/** Whether a kind's target is a share (0–1): the editor shows and takes it as a percentage. */
export function isShare(kind: AssessmentIndicatorKind): boolean {
  return KIND_WORDS[kind].value.share;
}

/** The unit the editor writes beside a target: % for a share (edited as a percentage), else the value's unit. */
export function targetUnit(kind: AssessmentIndicatorKind): string {
  const style = KIND_WORDS[kind].value;
  return style.share ? '%' : style.unit;
}

/** The largest target a kind takes (the API's own bound): a share 1, a rating 5, the rest unbounded. */
export function maxTarget(kind: AssessmentIndicatorKind): number | undefined {
  if (isShare(kind)) return 1;
  return kind === 'ORDER_RATING' ? 5 : undefined;
}
