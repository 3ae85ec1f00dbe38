import { DesignationKind } from '../designation/designation-kind.enum';
import { VenueKind } from '../venue/venue-kind.enum';

/**
 * Huidong County (会东县, Liangshan, Sichuan) as the 2021 report 《会东县新时代文明实践工作稳步推进》
 * (朱艳) describes it: "1+15" (one center, fifteen sub-centers run by county departments), 19
 * township institutes, 204 village/community stations, 15 school practice points; pilots 政通路社区
 * and 小岔河 stations; center unveiled 2020-07-08.
 * The report gives counts, not every name: township and village names and codes beyond those it
 * names are illustrative.
 */
export const HUIDONG = {
  province: { code: '510000', name: '四川省' },
  prefecture: { code: '513400', name: '凉山彝族自治州' },
  county: { code: '513426', name: '会东县' },
  centerName: '会东县新时代文明实践中心',
  centerEstablishedOn: '2020-07-08',
  subCenterDepartments: [
    '卫生健康', '教育体育', '科学技术', '农业农村', '文化广播电视和旅游', '司法', '民政', '共青团',
    '妇联', '人力资源和社会保障', '生态环境', '应急管理', '退役军人事务', '总工会', '融媒体',
  ],
  townships: [
    '会东街道', '鲹鱼河镇', '铅锌镇', '姜州镇', '大崇镇', '堵格镇', '淌塘镇', '新街镇', '老君滩乡', '野租乡',
    '嘎吉镇', '拉马镇', '满银沟镇', '乌东德镇', '大桥镇', '松坪乡', '鲁吉镇', '小坝乡', '雪山乡',
  ],
  stationCount: 204,
  pilotStations: [
    { township: '会东街道', village: '政通路社区' },
    { township: '鲹鱼河镇', village: '小岔河村' },
  ],
  /** The report names the pilots but not the day; the center's unveiling stands in (illustrative). */
  pilotDesignation: { kind: DesignationKind.PILOT, title: '新时代文明实践试点', grantedBy: '中共会东县委宣传部', grantedOn: '2020-07-08' },
  /** Illustrative gaps for the coverage report: villages with no station yet. */
  villagesWithoutStation: [
    { township: '野租乡', village: '阿布村' },
    { township: '野租乡', village: '拉达村' },
    { township: '雪山乡', village: '木古村' },
    { township: '松坪乡', village: '乌龙村' },
    { township: '小坝乡', village: '干沟村' },
    { township: '老君滩乡', village: '尖山村' },
  ],
  centerDetails: {
    address: '四川省凉山彝族自治州会东县会东街道',
    latitude: 26.634,
    longitude: 102.578,
    contactName: '王主任',
    contactTitle: '中心办公室主任',
    contactPhone: '13981500001',
  },
  /** The center integrates the county's own resources; the volunteer promotion center was set up with it (2020-07-08). */
  centerVenues: [
    { name: '会东县党群服务中心', kind: VenueKind.PARTY_MASS_SERVICE_CENTER },
    { name: '会东县市民文明夜校', kind: VenueKind.NIGHT_SCHOOL, openingHours: '周一至周五 19:30-21:00', capacity: 120 },
    { name: '会东县干部夜校', kind: VenueKind.NIGHT_SCHOOL, capacity: 200 },
    { name: '会东县法治文化广场', kind: VenueKind.LEGAL_CULTURE_SQUARE, capacity: 2000 },
    { name: '会东县志愿服务促进中心', kind: VenueKind.OTHER },
  ],
  contactSurnames: ['张', '李', '王', '刘', '陈', '杨', '赵', '黄', '周', '吴'],
  schools: [
    '会东中学', '会东县第二中学', '会东县民族中学', '会东县职业技术学校', '会东县实验小学', '会东县城关第一小学',
    '会东县城关第二小学', '鲹鱼河镇中心校', '铅锌镇中心校', '姜州镇中心校', '大崇镇中心校', '堵格镇中心校',
    '淌塘镇中心校', '新街镇中心校', '嘎吉镇中心校',
  ],
  villageNameStems: [
    '新华', '团结', '和平', '红星', '向阳', '光明', '双河', '石桥', '中和', '长坪', '大营', '小河', '青龙', '白鹤', '金沙',
    '田坝', '松林', '竹园', '柏香', '杨柳', '梨园', '核桃', '马鞍', '龙潭', '黄坪', '高桥', '河口', '平安', '永胜', '太平',
  ],
  communityNameStems: ['建设路', '北街', '南街', '东风', '鹿鹤', '金江', '河滨', '文化路', '人民路'],
} as const;
