/**
 * Qionglai (邛崃市) 2021 special training, after the report 《邛崃市组织开展新时代文明实践专题学习提升培训》
 * (刘莹). As reported: three days, 7/14 to 7/16, run by the city's civilization office (文明办) for
 * the Qionglai center; more than 60 people took part: the municipal social-work committee,
 * township leaders and staff, the center's office, the heads of the 15 practice points applying
 * for Chengdu city level in 2021, the practice base, ten Party-member volunteer teams, several
 * departments and the civilization office itself. 周洪彬 (市委常委、宣传部部长) and 霍川
 * (市文明办主任) spoke at the opening; invited teachers lectured on what the work is for, where it
 * is hard and how to build it; the trainees visited six units in 温江, 新津 and 邛崃 (一听二看三交流)
 * and on 7/16 discussed in groups how to build Chengdu-style centers, institutes and stations.
 * Not reported (illustrative): the hours of each session, the split of the lectures into two, the
 * order of the visits, the place and capacity, the trainee count 64 within "60余人", how the trainees
 * split over the reported kinds of units, the township names, every trainee's name, and the
 * attendance, certificate numbers and feedback.
 */
export const QIONGLAI_TRAINING = {
  organizerCode: '510183-ZX',
  title: '邛崃市2021年新时代文明实践专题学习提升培训',
  startsOn: '2021-07-14',
  endsOn: '2021-07-16',
  place: '邛崃市新时代文明实践中心',
  capacity: 70,
  sessions: [
    {
      kind: 'OPENING',
      title: '开班仪式：新时代文明实践中心建设是战略性任务',
      startsAt: '2021-07-14T09:00:00+08:00',
      endsAt: '2021-07-14T09:30:00+08:00',
      speaker: '周洪彬',
      speakerPosition: '市委常委、宣传部部长',
      visitedUnitCode: null,
      method: null,
    },
    {
      kind: 'OPENING',
      title: '开班仪式：抓好落实，让中心建设见到成效',
      startsAt: '2021-07-14T09:30:00+08:00',
      endsAt: '2021-07-14T10:00:00+08:00',
      speaker: '霍川',
      speakerPosition: '市文明办主任',
      visitedUnitCode: null,
      method: null,
    },
    {
      kind: 'LECTURE',
      title: '新时代文明实践工作的定位与目标思路',
      startsAt: '2021-07-14T10:15:00+08:00',
      endsAt: '2021-07-14T12:00:00+08:00',
      speaker: null,
      speakerPosition: '受邀老师',
      visitedUnitCode: null,
      method: null,
    },
    {
      kind: 'LECTURE',
      title: '新时代文明实践中心建设的重点难点及建设方法',
      startsAt: '2021-07-14T14:30:00+08:00',
      endsAt: '2021-07-14T17:00:00+08:00',
      speaker: null,
      speakerPosition: '受邀老师',
      visitedUnitCode: null,
      method: null,
    },
    {
      kind: 'SITE_VISIT',
      title: '现场观摩：温江区新时代文明实践中心',
      startsAt: '2021-07-15T09:00:00+08:00',
      endsAt: '2021-07-15T10:30:00+08:00',
      speaker: null,
      speakerPosition: null,
      visitedUnitCode: '510115-ZX',
      method: '一听二看三交流',
    },
    {
      kind: 'SITE_VISIT',
      title: '现场观摩：金马街道新时代文明实践所',
      startsAt: '2021-07-15T10:45:00+08:00',
      endsAt: '2021-07-15T11:45:00+08:00',
      speaker: null,
      speakerPosition: null,
      visitedUnitCode: '510115003000-SJS',
      method: '一听二看三交流',
    },
    {
      kind: 'SITE_VISIT',
      title: '现场观摩：共耕社区新时代文明实践站',
      startsAt: '2021-07-15T14:00:00+08:00',
      endsAt: '2021-07-15T15:00:00+08:00',
      speaker: null,
      speakerPosition: null,
      visitedUnitCode: '510115003001-SJZ',
      method: '一听二看三交流',
    },
    {
      kind: 'SITE_VISIT',
      title: '现场观摩：新津区东华社区新时代文明实践站',
      startsAt: '2021-07-15T15:45:00+08:00',
      endsAt: '2021-07-15T16:45:00+08:00',
      speaker: null,
      speakerPosition: null,
      visitedUnitCode: '510118001001-SJZ',
      method: '一听二看三交流',
    },
    {
      kind: 'SITE_VISIT',
      title: '现场观摩：平岗社区新时代文明实践站',
      startsAt: '2021-07-15T17:00:00+08:00',
      endsAt: '2021-07-15T18:00:00+08:00',
      speaker: null,
      speakerPosition: null,
      visitedUnitCode: '510118001002-SJZ',
      method: '一听二看三交流',
    },
    {
      kind: 'SITE_VISIT',
      title: '现场观摩：邛崃市春台社区新时代文明实践站',
      startsAt: '2021-07-16T09:00:00+08:00',
      endsAt: '2021-07-16T10:30:00+08:00',
      speaker: null,
      speakerPosition: null,
      visitedUnitCode: '510183001001-SJZ',
      method: '一听二看三交流',
    },
    {
      kind: 'DISCUSSION',
      title: '分组讨论：成都特色新时代文明实践中心(所、站)建设',
      startsAt: '2021-07-16T14:00:00+08:00',
      endsAt: '2021-07-16T17:00:00+08:00',
      speaker: null,
      speakerPosition: null,
      visitedUnitCode: null,
      method: '分组讨论、交流发言',
    },
  ],
  /**
   * The reported kinds of trainees, with an illustrative count each (64 in all). `unitCode` when the
   * unit is in the org demo data, otherwise `unitName` as text.
   */
  trainees: [
    { count: 2, unitName: '市委社工委', unitCode: null, position: '工作人员' },
    ...[
      '临邛街道',
      '文君街道',
      '固驿街道',
      '羊安街道',
      '平乐镇',
      '夹关镇',
      '火井镇',
      '天台山镇',
      '高何镇',
      '南宝山镇',
      '大同镇',
      '冉义镇',
    ].flatMap((township) => [
      {
        count: 1,
        unitName: township === '临邛街道' ? null : township,
        unitCode: township === '临邛街道' ? '510183001000-SJS' : null,
        position: '分管负责人',
      },
      {
        count: 1,
        unitName: township === '临邛街道' ? null : township,
        unitCode: township === '临邛街道' ? '510183001000-SJS' : null,
        position: '具体工作人员',
      },
    ]),
    { count: 1, unitName: null, unitCode: '510183-ZX', position: '中心办公室负责人' },
    { count: 15, unitName: '2021年预申报成都市级新时代文明实践点', unitCode: null, position: '负责人' },
    { count: 3, unitName: '邛崃市新时代文明实践基地', unitCode: null, position: '工作人员' },
    { count: 10, unitName: '邛崃市党员志愿服务队', unitCode: null, position: '队伍代表' },
    { count: 1, unitName: '市民政局', unitCode: null, position: '具体工作人员' },
    { count: 1, unitName: '市教育局', unitCode: null, position: '具体工作人员' },
    { count: 1, unitName: '市文广旅局', unitCode: null, position: '具体工作人员' },
    { count: 1, unitName: '市农业农村局', unitCode: null, position: '具体工作人员' },
    { count: 5, unitName: '邛崃市文明办', unitCode: null, position: '工作人员' },
  ],
  certificatePrefix: 'QL-WMSJ-2021-',
  surnames:
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏',
  givenNames: '建华秀兰志刚丽娟德明春梅国强玉珍永红海英文斌小芳光荣明辉晓燕学军桂芝成林淑芬',
} as const;

/** Every org unit code the Qionglai demo needs: the organiser, the six visited units and the trainees' units. */
export function qionglaiUnitCodes(): string[] {
  const q = QIONGLAI_TRAINING;
  const codes = [q.organizerCode, ...q.sessions.map((s) => s.visitedUnitCode), ...q.trainees.map((t) => t.unitCode)];
  return [...new Set(codes.filter((c): c is string => c !== null))];
}
