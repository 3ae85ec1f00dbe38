// Name parts for the synthetic data. Every name and code the seeder makes is ILLUSTRATIVE: invented
// from these syllables, under the fictitious province code 99 (示例省), never a real place or person.

export const PLACE_SYLLABLES = [
  '东',
  '西',
  '南',
  '北',
  '安',
  '平',
  '宁',
  '和',
  '兴',
  '隆',
  '新',
  '丰',
  '永',
  '福',
  '康',
  '乐',
  '清',
  '水',
  '河',
  '山',
  '江',
  '石',
  '林',
  '桥',
  '阳',
  '泉',
  '岭',
  '湖',
  '花',
  '云',
  '龙',
  '凤',
  '金',
  '玉',
  '长',
  '太',
  '庆',
  '昌',
  '宝',
  '华',
];

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
export const GIVEN_NAMES = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '建国',
  '志强',
  '玉兰',
  '海燕',
  '小红',
  '文',
  '斌',
  '宇',
  '浩',
  '凯',
  '欣',
  '婷',
  '雪',
  '琳',
  '晨',
  '阳',
];

export const DEPARTMENTS = [
  '卫生健康',
  '教育',
  '文化旅游',
  '司法',
  '农业农村',
  '团县委',
  '妇联',
  '科协',
  '应急管理',
  '生态环境',
  '民政',
  '总工会',
  '残联',
  '公安',
  '科技',
];

export const TEAM_THEMES = [
  '党员',
  '理论宣讲与宣传教育',
  '移风易俗',
  '救济帮困',
  '法治',
  '卫生健康',
  '生态环保',
  '文化文艺',
  '科学普及',
  '巾帼志愿',
  '青春护航',
  '五老',
  '应急救援',
  '关爱留守儿童',
  '阳光助残',
  '文明劝导',
  '其他',
];

export const SERVICE_DESCRIPTIONS = [
  '志愿服务',
  '文明劝导',
  '周末大扫除',
  '关爱留守儿童',
  '理论宣讲',
  '卫生健康服务',
  '防汛减灾',
  '森林草原防火',
  '敬老助老',
  '环境整治',
];

export const SKILLS = ['医疗护理', '法律咨询', '文艺表演', '心理疏导', '农技推广', '电脑维修', '摄影摄像'];

export const CAMPAIGN_THEMES: { kind: string; name: string; format: string }[] = [
  { kind: 'PARTY_HISTORY_LECTURE', name: '党史学习教育宣讲', format: 'LECTURE' },
  { kind: 'CUSTOMS_REFORM', name: '移风易俗十大行动', format: 'OPEN_AIR_MEETING' },
  { kind: 'RED_FILM', name: '红色电影进万家', format: 'FILM_SCREENING' },
  { kind: 'EXHIBITION', name: '百年党史图片展', format: 'EXHIBITION' },
  { kind: 'CONTEST', name: '党史知识竞赛', format: 'CONTEST' },
  { kind: 'THEMED_ACTIVITY', name: '我为群众办实事', format: 'FIRESIDE_CHAT' },
  { kind: 'STUDY_TOUR', name: '红色研学', format: 'VISIT' },
  { kind: 'OTHER', name: '文明实践主题活动', format: 'PERFORMANCE' },
];

export const VENUE_TYPES = [
  'GOVERNMENT_AGENCY',
  'SCHOOL',
  'COMMUNITY',
  'ENTERPRISE',
  'COUNTRYSIDE',
  'MILITARY_CAMP',
  'HOUSEHOLD',
  'MEMORIAL_SITE',
  'OTHER',
];

export const VENUE_KINDS = [
  'PARTY_MASS_SERVICE_CENTER',
  'CULTURAL_STATION',
  'CONVENIENCE_SERVICE_CENTER',
  'NIGHT_SCHOOL',
  'FARMHOUSE_LIBRARY',
  'HISTORY_MUSEUM',
  'MIGRANT_PARTY_BRANCH',
  'LEGAL_CULTURE_SQUARE',
  'YOUTH_PALACE',
  'OTHER',
];

export const VENUE_KIND_NAMES: Record<string, string> = {
  PARTY_MASS_SERVICE_CENTER: '党群服务中心',
  CULTURAL_STATION: '综合文化站',
  CONVENIENCE_SERVICE_CENTER: '便民服务中心',
  NIGHT_SCHOOL: '农民夜校',
  FARMHOUSE_LIBRARY: '农家书屋',
  HISTORY_MUSEUM: '村史馆',
  MIGRANT_PARTY_BRANCH: '驻外农民工党支部',
  LEGAL_CULTURE_SQUARE: '法治文化广场',
  YOUTH_PALACE: '乡村学校少年宫',
  OTHER: '文化活动室',
};

export const TRAINING_TOPICS = [
  '新时代文明实践业务培训',
  '志愿服务骨干培训',
  '理论宣讲员培训',
  '移风易俗工作培训',
  '文明实践站长培训',
  '网格员培训',
];

export function placeName(random: () => number): string {
  const a = PLACE_SYLLABLES[Math.floor(random() * PLACE_SYLLABLES.length)];
  const b = PLACE_SYLLABLES[Math.floor(random() * PLACE_SYLLABLES.length)];
  return a + b;
}

export function personName(random: () => number): string {
  return SURNAMES[Math.floor(random() * SURNAMES.length)] + GIVEN_NAMES[Math.floor(random() * GIVEN_NAMES.length)];
}
