import { CampaignKind } from '../campaign/campaign-kind.enum';
import { EventFormat } from '../campaign-event/event-format.enum';
import { VenueType } from '../campaign-event/venue-type.enum';

/** One themed day: month-day (every year) or a date of 2021 only, theme, the sub-centers responsible (by number, FZX-NN). */
export interface PlannedCalendarDay {
  month: number;
  day: number;
  /** Set for days whose date moves from year to year: the 2021 date. */
  year?: number;
  theme: string;
  description: string;
  subCenters: number[];
  /** How the 2021 activity went: held as an event (the default), or cancelled with a reason; none planned when null. */
  activity: { title: string; format: EventFormat; venueType: VenueType; cancelled?: string } | null;
}

/**
 * Huidong's activity calendar (文明实践日历), after the brief's reading of how centers publish themed
 * days (a practice platform publishes 52 a year); 《会东县新时代文明实践工作稳步推进》 (朱艳) names
 * the "1+15" sub-centers run by county departments, but no calendar. The days below are real national
 * themed days (fixed dates; 全国助残日, 文化和自然遗产日 and 中国农民丰收节 move, so their 2021 dates);
 * which sub-centers are responsible, the 2021 activities planned against them, the themed-day
 * campaign and its events (dates on the days, hosts the responsible sub-centers, audiences,
 * volunteers) and the two cancellations are illustrative. Sub-centers: 01 卫生健康, 02 教育体育,
 * 03 科学技术, 04 农业农村, 05 文化广播电视和旅游, 06 司法, 07 民政, 08 共青团, 09 妇联, 10 人力资源和社会保障,
 * 11 生态环境, 12 应急管理, 13 退役军人事务, 14 总工会, 15 融媒体.
 */
export const HUIDONG_CALENDAR = {
  centerCode: '513426-ZX',
  subCenterCode: (n: number) => `513426-FZX-${String(n).padStart(2, '0')}`,
  year: 2021,
  campaign: {
    name: '会东县2021年新时代文明实践主题日活动',
    kind: CampaignKind.THEMED_ACTIVITY,
    description: '按文明实践日历，在学雷锋纪念日、植树节、国家安全教育日等主题日，由各分中心牵头开展志愿服务和宣传教育活动。',
    startsOn: '2021-01-01',
    endsOn: '2021-12-31',
  },
  audience: { min: 60, max: 400 },
  /** Volunteer ids 1..90,000 exist in the volunteers demo; one to three per event. */
  volunteerIdMax: 90_000,
  days: [
    {
      month: 3,
      day: 5,
      theme: '学雷锋纪念日',
      description: '学雷锋志愿服务集中行动。',
      subCenters: [8, 7],
      activity: { title: '学雷锋志愿服务进社区', format: EventFormat.OTHER, venueType: VenueType.COMMUNITY },
    },
    {
      month: 3,
      day: 8,
      theme: '国际劳动妇女节',
      description: '巾帼志愿服务与妇女权益宣传。',
      subCenters: [9],
      activity: { title: '巾帼志愿服务暨妇女权益宣传', format: EventFormat.LECTURE, venueType: VenueType.COMMUNITY },
    },
    {
      month: 3,
      day: 12,
      theme: '植树节',
      description: '义务植树与生态环保宣传。',
      subCenters: [11, 4],
      activity: { title: '义务植树志愿服务', format: EventFormat.OTHER, venueType: VenueType.COUNTRYSIDE },
    },
    {
      month: 3,
      day: 22,
      theme: '世界水日',
      description: '节约用水、保护金沙江水环境宣传。',
      subCenters: [11],
      activity: { title: '节约用水宣传', format: EventFormat.LECTURE, venueType: VenueType.SCHOOL },
    },
    {
      month: 4,
      day: 7,
      theme: '世界卫生日',
      description: '健康知识宣讲与义诊。',
      subCenters: [1],
      activity: { title: '健康知识宣讲暨义诊', format: EventFormat.LECTURE, venueType: VenueType.COUNTRYSIDE },
    },
    {
      month: 4,
      day: 15,
      theme: '全民国家安全教育日',
      description: '国家安全法治宣传教育。',
      subCenters: [6],
      activity: { title: '国家安全教育宣讲', format: EventFormat.LECTURE, venueType: VenueType.SCHOOL },
    },
    { month: 4, day: 22, theme: '世界地球日', description: '珍惜资源、绿色生活宣传。', subCenters: [11], activity: null },
    {
      month: 4,
      day: 23,
      theme: '世界读书日',
      description: '全民阅读活动，农家书屋开放。',
      subCenters: [5, 2],
      activity: { title: '全民阅读进农家书屋', format: EventFormat.OTHER, venueType: VenueType.COUNTRYSIDE },
    },
    {
      month: 5,
      day: 1,
      theme: '国际劳动节',
      description: '劳模宣讲与职工志愿服务。',
      subCenters: [14, 10],
      activity: { title: '劳模事迹宣讲', format: EventFormat.LECTURE, venueType: VenueType.ENTERPRISE },
    },
    {
      month: 5,
      day: 4,
      theme: '五四青年节',
      description: '青年志愿者活动与青年学习党史。',
      subCenters: [8],
      activity: { title: '青年学党史主题团日', format: EventFormat.LECTURE, venueType: VenueType.SCHOOL },
    },
    {
      month: 5,
      day: 12,
      theme: '全国防灾减灾日',
      description: '防灾减灾、森林草原防灭火知识宣传与演练。',
      subCenters: [12],
      activity: { title: '防灾减灾知识宣传与应急演练', format: EventFormat.OTHER, venueType: VenueType.COUNTRYSIDE },
    },
    {
      month: 5,
      day: 16,
      year: 2021,
      theme: '全国助残日',
      description: '阳光助残志愿服务（每年五月第三个星期日）。',
      subCenters: [7],
      activity: { title: '阳光助残志愿服务', format: EventFormat.OTHER, venueType: VenueType.HOUSEHOLD },
    },
    { month: 5, day: 31, theme: '世界无烟日', description: '控烟健康宣传。', subCenters: [1], activity: null },
    {
      month: 6,
      day: 1,
      theme: '国际儿童节',
      description: '关爱留守儿童，六一主题活动。',
      subCenters: [9, 2],
      activity: { title: '关爱留守儿童六一主题活动', format: EventFormat.PERFORMANCE, venueType: VenueType.SCHOOL },
    },
    {
      month: 6,
      day: 5,
      theme: '世界环境日',
      description: '生态环保志愿服务。',
      subCenters: [11],
      activity: { title: '周末大扫除暨环境保护宣传', format: EventFormat.OTHER, venueType: VenueType.COMMUNITY },
    },
    {
      month: 6,
      day: 12,
      year: 2021,
      theme: '文化和自然遗产日',
      description: '文化遗产保护宣传（每年六月第二个星期六）。',
      subCenters: [5],
      activity: { title: '文化遗产保护宣传', format: EventFormat.EXHIBITION, venueType: VenueType.COMMUNITY },
    },
    {
      month: 6,
      day: 26,
      theme: '国际禁毒日',
      description: '禁毒宣传教育。',
      subCenters: [6, 1],
      activity: { title: '禁毒宣传进校园', format: EventFormat.LECTURE, venueType: VenueType.SCHOOL },
    },
    {
      month: 7,
      day: 1,
      theme: '中国共产党成立纪念日',
      description: '建党节：重温入党誓词、党史宣讲。',
      subCenters: [15],
      activity: { title: '庆祝建党100周年文艺演出', format: EventFormat.PERFORMANCE, venueType: VenueType.COMMUNITY },
    },
    {
      month: 8,
      day: 1,
      theme: '中国人民解放军建军纪念日',
      description: '建军节：走访慰问退役军人、双拥宣传。',
      subCenters: [13],
      activity: { title: '建军节走访慰问退役军人', format: EventFormat.VISIT, venueType: VenueType.HOUSEHOLD },
    },
    {
      month: 8,
      day: 8,
      theme: '全民健身日',
      description: '全民健身志愿服务。',
      subCenters: [2],
      activity: {
        title: '全民健身志愿服务',
        format: EventFormat.CONTEST,
        venueType: VenueType.COMMUNITY,
        cancelled: '疫情防控需要，不举办聚集性活动',
      },
    },
    {
      month: 9,
      day: 10,
      theme: '教师节',
      description: '尊师重教宣传，慰问乡村教师。',
      subCenters: [2],
      activity: { title: '慰问乡村教师', format: EventFormat.VISIT, venueType: VenueType.SCHOOL },
    },
    {
      month: 9,
      day: 23,
      year: 2021,
      theme: '中国农民丰收节',
      description: '庆丰收活动（每年秋分日）。',
      subCenters: [4],
      activity: { title: '庆丰收文艺演出', format: EventFormat.PERFORMANCE, venueType: VenueType.COUNTRYSIDE },
    },
    {
      month: 9,
      day: 30,
      theme: '烈士纪念日',
      description: '缅怀革命先烈，祭扫烈士墓。',
      subCenters: [13, 2],
      activity: { title: '烈士纪念日祭扫活动', format: EventFormat.VISIT, venueType: VenueType.MEMORIAL_SITE },
    },
    {
      month: 10,
      day: 1,
      theme: '国庆节',
      description: '爱国主义教育。',
      subCenters: [15, 5],
      activity: { title: '"我和我的祖国"国庆主题活动', format: EventFormat.FILM_SCREENING, venueType: VenueType.COMMUNITY },
    },
    {
      month: 10,
      day: 17,
      theme: '国家扶贫日',
      description: '扶贫济困、乡村振兴志愿服务。',
      subCenters: [4, 7],
      activity: { title: '乡村振兴政策宣讲', format: EventFormat.OPEN_AIR_MEETING, venueType: VenueType.COUNTRYSIDE },
    },
    {
      month: 11,
      day: 9,
      theme: '全国消防日',
      description: '消防安全宣传与演练。',
      subCenters: [12],
      activity: { title: '消防安全宣传与演练', format: EventFormat.OTHER, venueType: VenueType.SCHOOL },
    },
    {
      month: 12,
      day: 1,
      theme: '世界艾滋病日',
      description: '艾滋病防治宣传。',
      subCenters: [1],
      activity: { title: '艾滋病防治知识宣传', format: EventFormat.LECTURE, venueType: VenueType.COMMUNITY },
    },
    {
      month: 12,
      day: 4,
      theme: '国家宪法日',
      description: '宪法宣传、法治宣讲。',
      subCenters: [6],
      activity: { title: '宪法宣传进社区', format: EventFormat.LECTURE, venueType: VenueType.COMMUNITY },
    },
    {
      month: 12,
      day: 5,
      theme: '国际志愿者日',
      description: '志愿服务表彰与志愿者招募。',
      subCenters: [8, 7],
      activity: { title: '志愿者招募暨志愿服务展示', format: EventFormat.OTHER, venueType: VenueType.COMMUNITY },
    },
    {
      month: 12,
      day: 13,
      theme: '南京大屠杀死难者国家公祭日',
      description: '国家公祭日：铭记历史、缅怀同胞。',
      subCenters: [13, 2],
      activity: {
        title: '国家公祭日主题教育',
        format: EventFormat.LECTURE,
        venueType: VenueType.SCHOOL,
        cancelled: '改由各学校在班会课自行组织',
      },
    },
  ] as PlannedCalendarDay[],
};
