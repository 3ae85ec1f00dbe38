/**
 * Grid work in Huidong County, after the 2021 report 《会东县新时代文明实践工作稳步推进》 (朱艳).
 *
 * From the report: grid workers (网格员), village and community cadres (村社干部) and volunteers visit
 * households door to door (逐户走访摸排), and residents also place orders themselves (群众点单); the
 * visits screen for disputes (排查矛盾纠纷), help people in difficulty and aim at residents'
 * satisfaction (群众满意度); the county ties the work to hydropower resettlement (水电移民) and
 * rural revitalisation, with care for left-behind children (关爱留守儿童) among its volunteer brands.
 * The county's center was unveiled on 2020-07-08, so the demo period runs from then to 2021-12-31.
 *
 * Illustrative, not from the report: every count (households per station, visits, disputes,
 * assistance), every name, phone number and address, each finding, category, date and rating.
 * The seed spreads them deterministically over the county's stations (no random numbers).
 */
export const HUIDONG_CENTER_CODE = '513426-ZX';

export const DEMO_PERIOD = { from: '2020-07-08', to: '2021-12-31' } as const;

/** Households on each station's register; the last of each station's is in no difficulty. */
export const HOUSEHOLDS_PER_STATION = 6;

/** Visits each household gets over the period; each station also has visits to no registered household. */
export const VISITS_PER_HOUSEHOLD = 2;
export const UNREGISTERED_VISITS_PER_STATION = 3;

/** Categories of difficulty, one pattern per household in turn (comma-separated DifficultyCategory values). */
export const CATEGORY_PATTERNS = [
  'MINIMUM_LIVING',
  'LEFT_BEHIND_ELDERLY',
  'LEFT_BEHIND_CHILDREN',
  'DISABILITY,MINIMUM_LIVING',
  'RESETTLED_MIGRANT',
  'ILLNESS_POVERTY',
  'EXTREME_POVERTY_SUPPORT',
  'LEFT_BEHIND_ELDERLY,ILLNESS_POVERTY',
  'RESETTLED_MIGRANT,LEFT_BEHIND_CHILDREN',
] as const;

export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '罗',
  '沙',
  '吉',
];
export const GIVEN_NAMES = [
  '明华',
  '秀英',
  '建国',
  '玉兰',
  '志强',
  '春花',
  '德胜',
  '金凤',
  '国庆',
  '云霞',
  '永福',
  '小龙',
  '淑华',
  '文杰',
  '海燕',
  '阿呷',
];

export const VISIT_FINDINGS = [
  '了解家庭收入和生活情况，宣传惠民政策',
  '老人独居，身体尚可，叮嘱注意用火用电安全',
  '父母在外务工，孩子暑期在家，联系爱心妈妈结对辅导',
  '反映房前排水沟堵塞，已协调村组疏通',
  '移民安置房屋顶漏雨，已报乡镇跟进',
  '宣讲党史故事，劝导红白事简办',
  '家中老人慢性病需长期用药，讲解医保报销办法',
  '邻里因宅基地边界有争执，已记录待调解',
] as const;

export const DISPUTE_CATEGORIES = [
  'NEIGHBOURHOOD',
  'MARRIAGE_FAMILY',
  'LAND_FOREST',
  'RESETTLEMENT',
  'LABOUR',
  'DEBT',
  'NEIGHBOURHOOD',
  'LAND_FOREST',
] as const;

export const DISPUTE_SUMMARIES: Record<(typeof DISPUTE_CATEGORIES)[number], string> = {
  NEIGHBOURHOOD: '相邻两户因排水和通行发生争执',
  MARRIAGE_FAMILY: '子女赡养老人分担不均引发家庭矛盾',
  LAND_FOREST: '两户对承包山林界址认定不一致',
  RESETTLEMENT: '移民安置补偿款分配存在异议',
  LABOUR: '务工人员反映工程款拖欠',
  DEBT: '村民之间借款到期未还',
};

/** Who handles a step: the bodies that mediate in a township, not people. */
export const HANDLERS = ['村（社区）人民调解委员会', '网格员', '乡镇司法所', '乡镇综治中心'] as const;

/** Follow-up help after a visit, by kind. */
export const FOLLOW_UP_HELP = [
  { kind: 'MATERIAL', description: '送去大米、食用油和棉被', givenBy: '村（社区）文明实践站' },
  { kind: 'MEDICAL', description: '联系乡镇卫生院上门体检并协助办理慢病卡', givenBy: '卫生健康志愿服务队' },
  { kind: 'POLICY_ERRAND', description: '代办低保年审和医保缴费', givenBy: '网格员' },
  { kind: 'EDUCATION', description: '为在校学生申请助学金并捐赠学习用品', givenBy: '关爱留守儿童志愿服务队' },
  { kind: 'EMPLOYMENT', description: '推荐参加种养殖技能培训并介绍就近务工', givenBy: '人社志愿服务队' },
] as const;

/** Everyone in difficulty was visited with gifts before the 2021 Spring Festival (春节慰问). */
export const SPRING_FESTIVAL_VISIT = {
  kind: 'SYMPATHY_VISIT',
  firstDay: '2021-02-01',
  description: '春节前走访慰问，送去慰问金和年货',
  givenBy: '乡镇新时代文明实践所',
} as const;
