/**
 * Huidong County's 2021 assessment, after the reports: the Huidong report names 督查考核 among the
 * mechanisms that keep the work going, and Shuangjiang's platform scores units and picks the
 * outstanding ones (审核、打分、评优).
 *
 * Illustrative, not from the reports: the scheme's name and text, every target and weight, the
 * inspections (days, inspectors, findings, fixes) and the wording of titles and reasons. Who is
 * recognised is not chosen here: the seed takes the top three institutes of the computed ranking and
 * the teams and volunteers with the most approved hours of 2021.
 */
export const HUIDONG_CENTER_CODE = '513426-ZX';

export const SCHEME = {
  name: '会东县2021年度新时代文明实践工作考核',
  description:
    '对全县19个乡镇（街道）新时代文明实践所2021年度工作进行考核：活动开展、阵地运行、志愿服务、群众点单、移风易俗和培训，数据取自平台记录，按指标目标值折算得分。',
  from: '2021-01-01',
  to: '2021-12-31',
  rankedLevel: 'INSTITUTE',
  publishedOn: '2021-01-15',
} as const;

/** Targets and weights; the weights add up to 100. */
export const INDICATORS = [
  { kind: 'EVENTS_PER_STATION_MONTH', target: 0.5, weight: 20, description: '每个实践站每两个月至少开展一场宣讲或主题活动' },
  { kind: 'ACTIVE_STATION_SHARE', target: 1, weight: 15, description: '所有实践站全年均有活动' },
  { kind: 'HOURS_PER_VOLUNTEER', target: 2, weight: 20, description: '注册志愿者人均年服务时长不少于2小时' },
  { kind: 'ORDERS_ANSWERED_SHARE', target: 0.9, weight: 10, description: '群众点单办结率达到90%' },
  { kind: 'ORDER_RATING', target: 4.5, weight: 5, description: '群众评单平均分达到4.5分' },
  { kind: 'CUSTOMS_REFORM_COVERAGE', target: 1, weight: 15, description: '每个村（社区）均有村规民约和红白理事会' },
  { kind: 'TRAINING_ATTENDANCE', target: 0.95, weight: 15, description: '参训学员出勤率达到95%' },
] as const;

export type FindingSeed = {
  requiredFix: string;
  dueOn: string;
  fixed?: { on: string; report: string };
  verified?: { on: string; note: string };
};

/** Inspections of 2021, by the inspected unit's code; the station one by its institute's code and the station's place under it. */
export const INSPECTIONS: {
  unitCode: string;
  stationOrdinal?: number;
  inspectedOn: string;
  inspectors: string;
  summary: string;
  findings: FindingSeed[];
}[] = [
  {
    unitCode: '513426101000-SJS',
    inspectedOn: '2021-04-20',
    inspectors: '县委宣传部、县文明办联合督查组',
    summary: '实地查看所站阵地，抽查活动台账和志愿服务记录，总体运行正常，台账管理需加强。',
    findings: [
      {
        requiredFix: '补齐一季度各实践站活动台账，做到一活动一记录',
        dueOn: '2021-05-31',
        fixed: { on: '2021-05-20', report: '已补录一季度活动记录并按月归档' },
        verified: { on: '2021-06-08', note: '抽查3个实践站台账，已规范' },
      },
      {
        requiredFix: '更新群众点单公示栏，公开点单渠道和办理结果',
        dueOn: '2021-05-15',
        fixed: { on: '2021-05-10', report: '公示栏已更新，张贴点单二维码' },
        verified: { on: '2021-06-08', note: '现场核实已更新' },
      },
    ],
  },
  {
    unitCode: '513426111000-SJS',
    inspectedOn: '2021-06-22',
    inspectors: '县新时代文明实践中心督查组',
    summary: '移风易俗工作推进不平衡，部分村红白理事会尚未建立。',
    findings: [
      {
        requiredFix: '指导未建立红白理事会的村完成组建并报备章程',
        dueOn: '2021-09-30',
        fixed: { on: '2021-09-25', report: '已指导相关村召开村民代表会议组建红白理事会' },
      },
    ],
  },
  {
    unitCode: '513426114000-SJS',
    inspectedOn: '2021-09-15',
    inspectors: '县文明办督查组',
    summary: '阵地建设基本达标，培训签到和阵地标识存在问题。',
    findings: [
      {
        requiredFix: '补全参训学员签到登记，落实培训出勤管理',
        dueOn: '2021-10-31',
        fixed: { on: '2021-10-20', report: '建立培训签到制度，补登已参训人员' },
        verified: { on: '2021-11-05', note: '签到记录完整' },
      },
      { requiredFix: '规范各实践站阵地标识标牌，统一悬挂文明实践站牌匾', dueOn: '2021-11-30' },
    ],
  },
  {
    unitCode: '513426118000-SJS',
    stationOrdinal: 1,
    inspectedOn: '2021-11-18',
    inspectors: '雪山乡新时代文明实践所、县文明办',
    summary: '村规民约修订程序不完整，需经村民代表大会表决。',
    findings: [
      {
        requiredFix: '村规民约修订稿提交村民代表大会表决后公布',
        dueOn: '2022-01-31',
        fixed: { on: '2022-01-10', report: '已召开村民代表大会表决通过并张贴公布' },
        verified: { on: '2022-01-25', note: '查阅会议记录和公示照片，已完成' },
      },
    ],
  },
];

export const RECOGNIZED_ON = '2022-01-20';

export const RECOGNITIONS = {
  units: { count: 3, title: '优秀新时代文明实践所', reason: (rank: number) => `2021年度考核综合排名第${rank}` },
  teams: { count: 2, title: '优秀志愿服务队', reason: (hours: number) => `2021年度累计服务${hours}小时，服务时长居全县前列` },
  volunteers: { count: 5, title: '优秀志愿者', reason: (hours: number) => `2021年度志愿服务${hours}小时` },
} as const;
