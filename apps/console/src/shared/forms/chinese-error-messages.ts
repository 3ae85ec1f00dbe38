/** Chinese names of input fields, e.g. `{ endedAt: '结束时间' }`, for messages that name another field. */
export type FieldLabels = Record<string, string>;

interface MessageRule {
  pattern: RegExp;
  chinese(match: RegExpExecArray, labels: FieldLabels): string;
}

const labelOf = (field: string, labels: FieldLabels) => labels[field] ?? field;

/**
 * The API words its input errors in English (a stable contract for programs); staff read them in
 * Chinese. Known shapes are translated, keeping the API's figures; anything else keeps the API's
 * own words behind a Chinese lead-in, so nothing the API said is lost.
 */
const RULES: MessageRule[] = [
  { pattern: /covers at most 24 hours/, chinese: () => '一条服务记录最长 24 小时' },
  { pattern: /^\w+ must be after (\w+)/, chinese: (m, labels) => `须晚于${labelOf(m[1], labels)}` },
  { pattern: /^\w+ must not be before (\w+)/, chinese: (m, labels) => `不能早于${labelOf(m[1], labels)}` },
  { pattern: /must not be in the future/, chinese: () => '不能晚于当前时间' },
  { pattern: /must not exceed the time between/, chinese: () => '服务时长不能超过开始与结束之间的时间' },
  {
    pattern: /is outside the period of campaign \d+: (\S+) to (\S+)/,
    chinese: (m) => `举办日期须在活动期间内（${m[1] === 'open' ? '不限' : m[1]} 至 ${m[2] === 'open' ? '不限' : m[2]}）`,
  },
  { pattern: /is closed and takes no new events/, chinese: () => '该活动已结束，不再登记新的场次' },
  { pattern: /overlap service record (\d+)/, chinese: (m) => `与该志愿者的另一条服务记录（编号 ${m[1]}）时间重叠` },
  { pattern: /^\w+ must be (\d+) to (\d+) characters/, chinese: (m) => `须为 ${m[1]}–${m[2]} 个字` },
  { pattern: /^\w+ must be at most (\d+) characters/, chinese: (m) => `最多 ${m[1]} 个字` },
  { pattern: /^\w+ must be between (\S+) and (\S+), got/, chinese: (m) => `须在 ${m[1]} 到 ${m[2]} 之间` },
  { pattern: /^\w+ must be (\S+) or more, got/, chinese: (m) => `不能小于 ${m[1]}` },
  { pattern: /name at least one field to correct/, chinese: () => '请至少修改一项内容' },
  { pattern: /reason must say why/, chinese: () => '请填写原因' },
];

/** An input error of the API in Chinese, for the field it names. */
export function chineseFieldMessage(message: string, labels: FieldLabels = {}): string {
  for (const rule of RULES) {
    const match = rule.pattern.exec(message);
    if (match) return rule.chinese(match, labels);
  }
  return `填写有误：${message}`;
}
