/**
 * Huidong's lecture groups and customs-reform actions, after 《会东县新时代文明实践工作稳步推进》
 * (朱艳): the report counts 19 lecture groups and names the 移风易俗十大行动 with 村规民约 and
 * 红白理事会, but gives no names: one group per township institute, the ten action names and
 * which villages adopted which measure when are illustrative (deterministic) demo data.
 */
export const HUIDONG_GROUPS_ACTIONS = {
  /** Members per lecture group, drawn from the lecture campaign's volunteer pool (illustrative). */
  membersPerGroup: 6,
  groupTopics: ['学党史、悟思想、办实事、开新局', '红军巧渡金沙江', '传承红色基因 汲取奋进力量'],
  /** The ten customs-reform actions; the report names the drive, these names are illustrative. */
  customsReformActions: [
    { name: '婚事新办行动', description: '倡导婚事新办，抵制高价彩礼、大操大办。' },
    { name: '丧事简办行动', description: '倡导丧事简办、文明祭祀。' },
    { name: '破除封建迷信行动', description: '引导群众摒弃封建迷信。' },
    { name: '反对铺张浪费行动', description: '反对人情攀比、铺张浪费。' },
    { name: '完善村规民约行动', description: '修订村规民约，把移风易俗的约定写进去。' },
    { name: '红白理事会建设行动', description: '建立红白理事会，规范红白事办理。' },
    { name: '孝老爱亲行动', description: '弘扬孝老爱亲、邻里相助的传统美德。' },
    { name: '文明餐桌行动', description: '推行文明餐桌、光盘行动。' },
    { name: '人居环境整治行动', description: '树立绿色环保的生活理念，整治村容村貌。' },
    { name: '文明新风宣讲行动', description: '以坝坝会、文艺演出宣讲文明新风。' },
  ],
  /** Share of stations (percent) with revised village rules and with a red-white council: "part of the stations" (illustrative). */
  villageRulesPercent: 62,
  redWhiteCouncilPercent: 45,
  /** Measures were adopted over 2021 (illustrative). */
  measuresFrom: '2021-01-15',
  measuresDays: 320,
} as const;
