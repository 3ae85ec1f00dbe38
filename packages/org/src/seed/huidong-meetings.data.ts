/**
 * Huidong's joint meetings (联席会议), one of the mechanisms 《会东县新时代文明实践工作稳步推进》 (朱艳) says
 * the county set up with its "一盘棋" way of working. The report names the mechanism, not its sittings:
 * the days (about quarterly, 2020-08 .. 2021-12), topics, attendance, decisions and their progress are
 * illustrative, drawn from the work the report describes (the "1+15" platform, the pilots, Party-history
 * lectures and red films, the ten customs-reform actions, volunteers in flood and epidemic duty, four
 * professional trainings a year). Sub-centers are named by their department, institutes by township.
 */
export interface PlannedDecision {
  text: string;
  /** A sub-center's department, or a township whose institute is responsible. */
  responsible: { department: string } | { township: string };
  dueOn: string;
  /** Done on that day; `IN_PROGRESS` with a note; absent: still open. */
  progress?: { doneOn: string; note: string } | { inProgress: string };
}

export interface PlannedMeeting {
  heldOn: string;
  topic: string;
  minutes: string;
  /** Departments whose sub-centers sent nobody (the others all attended). */
  absent: string[];
  decisions: PlannedDecision[];
}

export const HUIDONG_MEETINGS: PlannedMeeting[] = [
  {
    heldOn: '2020-08-18',
    topic: '“1+15”实践平台建设推进',
    minutes: '中心揭牌后首次联席会议：明确15个分中心职责分工，部署学校实践点挂牌和试点站经验总结。',
    absent: [],
    decisions: [
      {
        text: '15所学校实践点完成挂牌',
        responsible: { department: '教育体育' },
        dueOn: '2020-10-31',
        progress: { doneOn: '2020-10-20', note: '15个实践点均已挂牌' },
      },
      {
        text: '组建卫生健康志愿服务队',
        responsible: { department: '卫生健康' },
        dueOn: '2020-09-30',
        progress: { doneOn: '2020-09-25', note: '已组建并注册' },
      },
      {
        text: '总结政通路社区试点做法',
        responsible: { township: '会东街道' },
        dueOn: '2020-10-15',
        progress: { doneOn: '2020-10-12', note: '经验材料已报中心' },
      },
    ],
  },
  {
    heldOn: '2020-11-17',
    topic: '所站全覆盖与志愿者招募注册',
    minutes: '通报19个实践所、204个实践站建设进度，研究志愿者招募注册和服务时长记录办法。',
    absent: ['退役军人事务'],
    decisions: [
      {
        text: '完善志愿者招募注册制度',
        responsible: { department: '共青团' },
        dueOn: '2020-12-31',
        progress: { doneOn: '2020-12-28', note: '制度已印发' },
      },
      {
        text: '推广小岔河试点站做法',
        responsible: { township: '鲹鱼河镇' },
        dueOn: '2021-01-31',
        progress: { doneOn: '2021-01-26', note: '全镇各站已对标' },
      },
      {
        text: '组建救济帮困志愿服务队',
        responsible: { department: '民政' },
        dueOn: '2020-12-31',
        progress: { doneOn: '2020-12-20', note: '已组建' },
      },
    ],
  },
  {
    heldOn: '2021-03-16',
    topic: '党史学习教育宣讲安排',
    minutes: '部署宣讲小组“五进”宣讲、“红色电影”七进和小小红色志愿讲解员活动，明确宣传报道分工。',
    absent: ['生态环境'],
    decisions: [
      {
        text: '制定“红色电影”七进放映计划',
        responsible: { department: '文化广播电视和旅游' },
        dueOn: '2021-04-15',
        progress: { doneOn: '2021-04-10', note: '放映计划已下发各所' },
      },
      {
        text: '培训小小红色志愿讲解员',
        responsible: { department: '教育体育' },
        dueOn: '2021-05-31',
        progress: { doneOn: '2021-05-28', note: '已培训并上岗' },
      },
      {
        text: '开设宣讲活动专栏并持续报道',
        responsible: { department: '融媒体' },
        dueOn: '2021-04-30',
        progress: { doneOn: '2021-04-22', note: '专栏已开设' },
      },
    ],
  },
  {
    heldOn: '2021-05-18',
    topic: '移风易俗十大行动',
    minutes: '研究推动完善村规民约、建立红白理事会，由司法、民政、农业农村分中心牵头，各所站落实。',
    absent: ['科学技术'],
    decisions: [
      {
        text: '指导各村修订完善村规民约',
        responsible: { department: '农业农村' },
        dueOn: '2021-07-31',
        progress: { doneOn: '2021-08-20', note: '已完成修订，较时限推迟' },
      },
      {
        text: '推动建立红白理事会',
        responsible: { department: '民政' },
        dueOn: '2021-08-31',
        progress: { doneOn: '2021-08-30', note: '试点村已建立' },
      },
      {
        text: '开展移风易俗法治宣传',
        responsible: { department: '司法' },
        dueOn: '2021-07-31',
        progress: { doneOn: '2021-07-15', note: '已进村宣讲' },
      },
      {
        text: '野租乡各站建立红白理事会',
        responsible: { township: '野租乡' },
        dueOn: '2021-09-30',
        progress: { doneOn: '2021-09-28', note: '已建立' },
      },
    ],
  },
  {
    heldOn: '2021-08-17',
    topic: '特殊时期志愿服务统筹',
    minutes: '总结疫情防控、森林草原防灭火、防汛减灾期间志愿服务，研究建立应急志愿服务调度办法。',
    absent: [],
    decisions: [
      {
        text: '建立防汛减灾志愿服务调度办法',
        responsible: { department: '应急管理' },
        dueOn: '2021-10-31',
        progress: { inProgress: '初稿已征求意见' },
      },
      {
        text: '疫情防控志愿服务岗位轮换安排',
        responsible: { department: '卫生健康' },
        dueOn: '2021-09-30',
        progress: { doneOn: '2021-09-18', note: '轮换表已执行' },
      },
      {
        text: '乌东德镇移民新区开展邻里相助活动',
        responsible: { township: '乌东德镇' },
        dueOn: '2021-10-31',
        progress: { doneOn: '2021-10-25', note: '已开展' },
      },
    ],
  },
  {
    heldOn: '2021-11-16',
    topic: '志愿服务专业培训与督查考核',
    minutes: '部署年度志愿服务专业培训，研究督查考核办法，推进巾帼志愿、爱心妈妈等品牌项目。',
    absent: ['总工会'],
    decisions: [
      {
        text: '完成本年度第四场志愿服务专业培训',
        responsible: { department: '人力资源和社会保障' },
        dueOn: '2021-12-15',
        progress: { doneOn: '2021-12-10', note: '已举办' },
      },
      {
        text: '制定所站督查考核办法',
        responsible: { department: '司法' },
        dueOn: '2021-12-31',
        progress: { inProgress: '考核细则修改中' },
      },
      { text: '推进巾帼志愿和爱心妈妈项目', responsible: { department: '妇联' }, dueOn: '2022-01-31' },
    ],
  },
  {
    heldOn: '2021-12-21',
    topic: '年度工作总结与来年计划',
    minutes: '总结全年新时代文明实践工作，安排来年周末大扫除、科普和宣传等重点工作。',
    absent: ['退役军人事务', '应急管理'],
    decisions: [
      { text: '常态化开展周末大扫除', responsible: { department: '生态环境' }, dueOn: '2022-03-31' },
      { text: '制定来年科普志愿服务计划', responsible: { department: '科学技术' }, dueOn: '2022-02-28' },
      { text: '编印年度新时代文明实践工作汇编', responsible: { department: '融媒体' }, dueOn: '2022-01-31' },
    ],
  },
];
