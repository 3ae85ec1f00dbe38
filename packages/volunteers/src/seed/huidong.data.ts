/**
 * Huidong's volunteer force as reported: 17 volunteer service teams at county, township and village
 * level (the seven named themes first), 90,000+ registered volunteers, 200,000+ cumulative hours.
 * Individual people are synthetic.
 */
export const HUIDONG_VOLUNTEERS = {
  centerCode: '513426-ZX',
  volunteerCount: 90_000,
  serviceRecordCount: 61_000,
  teams: [
    { name: '会东县党员志愿服务队', level: 'COUNTY', theme: '党员' },
    { name: '会东县理论宣讲与宣传教育志愿服务队', level: 'COUNTY', theme: '理论宣讲与宣传教育' },
    { name: '会东县移风易俗志愿服务队', level: 'COUNTY', theme: '移风易俗' },
    { name: '会东县救济帮困志愿服务队', level: 'COUNTY', theme: '救济帮困' },
    { name: '会东县法治志愿服务队', level: 'COUNTY', theme: '法治' },
    { name: '会东县卫生健康志愿服务队', level: 'COUNTY', theme: '卫生健康' },
    { name: '会东县生态环保志愿服务队', level: 'COUNTY', theme: '生态环保' },
    { name: '会东县文化文艺志愿服务队', level: 'COUNTY', theme: '文化文艺' },
    { name: '会东县科学普及志愿服务队', level: 'COUNTY', theme: '科学普及' },
    { name: '会东县巾帼志愿服务队', level: 'COUNTY', theme: '巾帼志愿' },
    { name: '会东县青年志愿服务队', level: 'COUNTY', theme: '青春护航' },
    { name: '会东县"五老"志愿服务队', level: 'COUNTY', theme: '五老' },
    { name: '鲹鱼河镇红马甲志愿服务队', level: 'TOWNSHIP', theme: '应急救援' },
    { name: '铅锌镇关爱留守儿童志愿服务队', level: 'TOWNSHIP', theme: '关爱留守儿童' },
    { name: '姜州镇阳光助残志愿服务队', level: 'TOWNSHIP', theme: '阳光助残' },
    { name: '政通路社区文明劝导志愿服务队', level: 'VILLAGE', theme: '文明劝导' },
    { name: '小岔河村周末大扫除志愿服务队', level: 'VILLAGE', theme: '生态环保' },
  ],
  teamHomes: ['会东县新时代文明实践中心', '鲹鱼河镇新时代文明实践所', '铅锌镇新时代文明实践所', '姜州镇新时代文明实践所', '政通路社区新时代文明实践站', '小岔河村新时代文明实践站'],
  surnames: '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
  givenNames: '建国明华丽芳军平秀英志强红梅文杰海燕玉兰德胜春花永福小龙金凤国庆云霞俊杰晓东秀珍洪涛淑华佳怡子涵宇航思雨',
} as const;
