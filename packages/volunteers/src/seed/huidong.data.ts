/**
 * Huidong's volunteer force, after the report 《会东县新时代文明实践工作稳步推进》 (朱艳): 17 volunteer
 * service teams at county, township and village level (the seven named themes first), 90,000+
 * registered volunteers, 200,000+ cumulative hours. Individual people are synthetic.
 */
export const HUIDONG_VOLUNTEERS = {
  centerCode: '513426-ZX',
  volunteerCount: 90_000,
  serviceRecordCount: 61_000,
  /**
   * The 17 county-level themed teams: the report names seven themes (党员, 理论宣讲与宣传教育, 移风易俗,
   * 救济帮困, 法治, 卫生健康, 生态环保) "等17支"; the other ten follow the brand projects and people it names.
   */
  countyTeams: [
    { name: '会东县党员志愿服务队', theme: '党员' },
    { name: '会东县理论宣讲与宣传教育志愿服务队', theme: '理论宣讲与宣传教育' },
    { name: '会东县移风易俗志愿服务队', theme: '移风易俗' },
    { name: '会东县救济帮困志愿服务队', theme: '救济帮困' },
    { name: '会东县法治志愿服务队', theme: '法治' },
    { name: '会东县卫生健康志愿服务队', theme: '卫生健康' },
    { name: '会东县生态环保志愿服务队', theme: '生态环保' },
    { name: '会东县文化文艺志愿服务队', theme: '文化文艺' },
    { name: '会东县科学普及志愿服务队', theme: '科学普及' },
    { name: '会东县巾帼志愿服务队', theme: '巾帼志愿' },
    { name: '会东县青年志愿服务队', theme: '青春护航' },
    { name: '会东县"五老"志愿服务队', theme: '五老' },
    { name: '会东县"红马甲"应急志愿服务队', theme: '应急救援' },
    { name: '会东县关爱留守儿童志愿服务队', theme: '关爱留守儿童' },
    { name: '会东县阳光助残志愿服务队', theme: '阳光助残' },
    { name: '会东县文明劝导志愿服务队', theme: '文明劝导' },
    { name: '会东县爱心妈妈志愿服务队', theme: '救济帮困' },
  ],
  /** Village teams named by the brand projects at the two pilot stations; every institute also has a township team. */
  villageTeams: [
    { name: '政通路社区文明劝导志愿服务队', theme: '文明劝导', station: '政通路社区新时代文明实践站' },
    { name: '小岔河村周末大扫除志愿服务队', theme: '生态环保', station: '小岔河村新时代文明实践站' },
  ],
  /** Brand projects (精品项目) by their reported names, with the county team that carries each. */
  brandProjects: [
    { name: '文明劝导', team: '会东县文明劝导志愿服务队' },
    { name: '周末大扫除', team: '会东县生态环保志愿服务队' },
    { name: '爱心妈妈', team: '会东县爱心妈妈志愿服务队' },
    { name: '文明会东', team: '会东县理论宣讲与宣传教育志愿服务队' },
    { name: '巾帼志愿', team: '会东县巾帼志愿服务队' },
    { name: '关爱留守儿童', team: '会东县关爱留守儿童志愿服务队' },
    { name: '青春护航', team: '会东县青年志愿服务队' },
    { name: '阳光助残', team: '会东县阳光助残志愿服务队' },
    { name: '创建文明城市', team: '会东县党员志愿服务队' },
  ],
  /** One in three volunteers serves in a team (illustrative). */
  memberEvery: 3,
  /**
   * The two pilot stations' village teams: three in four of the volunteers registered at the station
   * join it a few days after registering (illustrative).
   */
  villageMemberSkip: 4,
  /**
   * Service hours run from the day after a volunteer registers to the end of 2021 (the center was
   * unveiled 2020-07-08, the report is from 2021), at most two turns a day, 09:00 and 14:30 China
   * time; those who registered first serve the most (illustrative).
   */
  serviceEndsOn: '2021-12-31',
  /**
   * Special-period mobilisations: the report names epidemic control, forest and grassland fire
   * prevention and flood prevention as the times the "红马甲" are everywhere. Titles and dates are
   * illustrative, inside 2021: Liangshan's fire season (January–May) and the flood season
   * (June–September). The county and township "红马甲" teams are called up, and by name the grid
   * workers (epidemic, flood) or village cadres (fire) registered before the start.
   */
  mobilisations: [
    {
      kind: 'EPIDEMIC_CONTROL',
      title: '2021年冬春季新冠肺炎疫情防控志愿服务',
      callingUnit: '513426-ZX',
      startsOn: '2021-01-11',
      endsOn: '2021-03-31',
      byName: 'GRID_WORKER',
      description: '疫情防控：卡点值守、测温登记、入户排查',
    },
    {
      kind: 'FOREST_FIRE_PREVENTION',
      title: '2021年森林草原防灭火志愿服务',
      callingUnit: '513426-FZX-12',
      startsOn: '2021-01-01',
      endsOn: '2021-05-31',
      byName: 'VILLAGE_CADRE',
      description: '森林草原防灭火：护林巡山、火源管控宣传',
    },
    {
      kind: 'FLOOD_PREVENTION',
      title: '2021年汛期防汛减灾志愿服务',
      callingUnit: '513426-ZX',
      startsOn: '2021-06-01',
      endsOn: '2021-09-30',
      byName: 'GRID_WORKER',
      description: '防汛减灾：隐患排查、沙袋搬运、转移群众',
    },
  ],
  /** How many volunteers each mobilisation calls up by name (illustrative). */
  calledByName: 30,
  /**
   * Activities of the fifteen sub-centers, two each, in the field of the department that runs it
   * (the report: "1+15", the departments' professional strengths); titles and dates are illustrative.
   */
  subCenterActivities: {
    卫生健康: ['义诊进乡村', '健康知识讲座'],
    教育体育: ['送教下乡', '乡村学校少年宫体育课'],
    科学技术: ['科普大篷车进村', '农村实用技术讲座'],
    农业农村: ['农技专家田间指导', '农产品电商培训'],
    文化广播电视和旅游: ['文艺演出进村', '"红色电影"放映'],
    司法: ['法律咨询进村', '民法典宣讲'],
    民政: ['关爱独居老人', '困难群众走访慰问'],
    共青团: ['青春护航暑期课堂', '青年志愿者植树'],
    妇联: ['巾帼志愿家风宣讲', '爱心妈妈陪伴留守儿童'],
    人力资源和社会保障: ['农民工技能培训', '就业政策宣讲'],
    生态环境: ['周末大扫除', '河道垃圾清理'],
    应急管理: ['防灾减灾知识宣传', '应急避险演练'],
    退役军人事务: ['老兵讲党史', '走访慰问退役军人'],
    总工会: ['职工文明劝导', '送温暖进企业'],
    融媒体: ['文明会东随手拍', '新时代文明实践新闻采写培训'],
  } as Record<string, readonly [string, string]>,
  /** Orders that sub-centers placed and dispatched to the county team of their field (illustrative). */
  subCenterOrders: [
    { department: '卫生健康', title: '偏远村组送医送药', team: '会东县卫生健康志愿服务队', status: 'RATED' },
    { department: '司法', title: '村民土地纠纷法律咨询', team: '会东县法治志愿服务队', status: 'COMPLETED' },
    { department: '应急管理', title: '汛前地质灾害隐患点巡查', team: '会东县"红马甲"应急志愿服务队', status: 'RATED' },
    { department: '民政', title: '高龄老人冬季走访', team: '会东县救济帮困志愿服务队', status: 'ACCEPTED' },
  ],
  /** Service orders in every status (illustrative), at the pilot stations. */
  orders: [
    { title: '独居老人家中代购生活用品', status: 'ORDERED' },
    { title: '小区楼道杂物清理', status: 'DISPATCHED' },
    { title: '留守儿童暑期作业辅导', status: 'ACCEPTED' },
    { title: '村民红白喜事简办宣传', status: 'COMPLETED' },
    { title: '老年人智能手机使用培训', status: 'RATED' },
    { title: '雨季防汛沙袋搬运', status: 'RATED' },
    { title: '社区义诊量血压', status: 'CANCELLED' },
  ],
  surnames:
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
  givenNames: '建国明华丽芳军平秀英志强红梅文杰海燕玉兰德胜春花永福小龙金凤国庆云霞俊杰晓东秀珍洪涛淑华佳怡子涵宇航思雨',
} as const;
