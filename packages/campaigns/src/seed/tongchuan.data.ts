import { CampaignKind } from '../campaign/campaign-kind.enum';
import { EventFormat } from '../campaign-event/event-format.enum';
import { VenueType } from '../campaign-event/venue-type.enum';

export interface PlannedEvent {
  title: string;
  /** ISO instant with offset. */
  heldAt: string;
  format: EventFormat;
  venueType: VenueType;
  place: string | null;
  audience: number;
  group?: string;
  brand?: string;
}

export interface PlannedTongchuanCampaign {
  name: string;
  kind: CampaignKind;
  description: string;
  startsOn: string;
  endsOn: string | null;
  events: PlannedEvent[];
}

/**
 * Tongchuan City (铜川市, Shaanxi), after the report 《铜川市弘扬"照金精神" 传承红色基因》 (翟静,
 * 秦小文): the "照金精神" lecture exhibition on 2021-06-28, the 红孩儿 and 小红星 teams' 150+
 * touring lectures, the 红色故事微讲堂 online, the speech contest and themed activities, study tours
 * to 照金纪念馆, 陈家坡会议旧址 and 铜川博物馆, the 4th Tongchuan arts festival opening 2021-07-08
 * with 《照金》, and ten-plus work brands for minors.
 * The touring lectures are spread over the units the org demo has below the city center (districts,
 * towns; the city center itself when it has none), the other events are hosted by the city center.
 * Audiences, the dates the report does not give, the exact touring count (152 for "150余"), the
 * teams' members (the volunteers demo's child docents), the arts festival's and the exhibition's
 * single day as their whole period, and the work brands beyond the three it names are illustrative.
 * The report's "感党恩" is a typo for 感党恩 (as its other activity title has it).
 */
export const TONGCHUAN = {
  centerCode: '610200-ZX',
  /** Members are volunteer ids of the volunteers demo's Tongchuan child docents (illustrative). */
  lectureGroups: [
    {
      name: '"红孩儿"宣讲团',
      topics: ['照金精神', '红色故事', '学党史、听党话、感党恩、跟党走'],
      members: { first: 90_001, last: 90_040 },
    },
    {
      name: '"小红星讲解团"志愿服务队',
      topics: ['陕甘边照金革命根据地', '陈家坡会议', '红色基因代代传'],
      members: { first: 90_041, last: 90_080 },
    },
  ],
  workBrands: [
    { name: '红色基因代代传', description: '以"照金精神"为主线的未成年人红色教育品牌。' },
    { name: '情暖童心', description: '关爱留守儿童、困境儿童的志愿服务品牌。' },
    { name: '太阳花工程', description: '未成年人心理健康与成长关爱品牌。' },
    // The report says "十余个": the eight below are illustrative names.
    { name: '童心向党', description: null as string | null },
    { name: '红领巾讲解员', description: null },
    { name: '书香少年', description: null },
    { name: '美德少年评选', description: null },
    { name: '文明小使者', description: null },
    { name: '红色研学行', description: null },
    { name: '少儿春晚', description: null },
    { name: '红色戏剧进校园', description: null },
  ],
  touring: {
    name: '铜川市弘扬"照金精神"巡回宣讲',
    kind: CampaignKind.PARTY_HISTORY_LECTURE,
    description: '由"红孩儿"宣讲团和"小红星讲解团"志愿服务队在全市巡回宣讲，共150余场次；另有线上"红色故事微讲堂"，在云端讲红色故事。',
    startsOn: '2021-03-01',
    endsOn: '2021-12-31',
    touringCount: 152,
    onlineCount: 12,
    venues: [VenueType.SCHOOL, VenueType.COMMUNITY, VenueType.GOVERNMENT_AGENCY, VenueType.ENTERPRISE, VenueType.COUNTRYSIDE],
    topics: ['照金精神', '陕甘边照金革命根据地', '红色故事', '陈家坡会议'],
    brand: '红色基因代代传',
  },
  campaigns: [
    {
      name: '庆祝建党100周年"照金精神"铜川市专题宣讲展览',
      kind: CampaignKind.EXHIBITION,
      description: '2021年6月28日举办的"照金精神"专题宣讲展览，庆祝中国共产党成立100周年。',
      startsOn: '2021-06-28',
      endsOn: '2021-06-28',
      events: [
        {
          title: '"照金精神"专题宣讲展览开展仪式',
          heldAt: '2021-06-28T09:30:00+08:00',
          format: EventFormat.EXHIBITION,
          venueType: VenueType.OTHER,
          place: '铜川市',
          audience: 600,
        },
      ],
    },
    {
      name: '红色故事演讲比赛',
      kind: CampaignKind.CONTEST,
      description: '面向全市的红色故事演讲比赛，是党史学习教育的线下活动之一。',
      startsOn: '2021-05-01',
      endsOn: '2021-06-30',
      events: [
        {
          title: '红色故事演讲比赛决赛',
          heldAt: '2021-06-18T14:30:00+08:00',
          format: EventFormat.CONTEST,
          venueType: VenueType.SCHOOL,
          place: null,
          audience: 400,
        },
      ],
    },
    {
      name: '"小小童心跟党走，红色基因代代传"研学实践',
      kind: CampaignKind.STUDY_TOUR,
      description: '全市中小学生分批走进照金纪念馆、陈家坡会议旧址和铜川博物馆，现场学习党史。',
      startsOn: '2021-04-01',
      endsOn: '2021-11-30',
      events: studyTours(['照金纪念馆', '陈家坡会议旧址', '铜川博物馆'], 4),
    },
    {
      name: '铜川市党史学习教育主题活动',
      kind: CampaignKind.THEMED_ACTIVITY,
      description: '全年的党史学习教育主题活动与文艺演出：少儿春晚、清明祭英烈、六一主题活动和庆"七一"汇报演出。',
      startsOn: '2021-01-01',
      endsOn: '2021-12-31',
      events: [
        {
          title: '"传承红色基因，争做时代新人"少儿春晚',
          heldAt: '2021-02-06T19:30:00+08:00',
          format: EventFormat.PERFORMANCE,
          venueType: VenueType.OTHER,
          place: null,
          audience: 800,
          brand: '少儿春晚',
        },
        {
          title: '"学党史、祭英烈、感党恩、跟党走"主题活动',
          heldAt: '2021-04-02T09:00:00+08:00',
          format: EventFormat.VISIT,
          venueType: VenueType.MEMORIAL_SITE,
          place: '照金纪念馆',
          audience: 300,
        },
        {
          title: '"童心向党庆百年、争做时代好少年"主题活动',
          heldAt: '2021-06-01T09:00:00+08:00',
          format: EventFormat.PERFORMANCE,
          venueType: VenueType.SCHOOL,
          place: null,
          audience: 500,
          brand: '童心向党',
        },
        {
          title: '庆"七一"汇报演出',
          heldAt: '2021-06-30T19:30:00+08:00',
          format: EventFormat.PERFORMANCE,
          venueType: VenueType.OTHER,
          place: null,
          audience: 1000,
        },
      ],
    },
    {
      name: '第四届铜川市艺术节',
      kind: CampaignKind.THEMED_ACTIVITY,
      description: '2021年7月8日开幕，开幕演出为大型情景组歌《照金》，取材于陕甘边照金革命根据地的历史。',
      startsOn: '2021-07-08',
      endsOn: '2021-07-08',
      events: [
        {
          title: '开幕式：大型情景组歌《照金》',
          heldAt: '2021-07-08T20:00:00+08:00',
          format: EventFormat.PERFORMANCE,
          venueType: VenueType.OTHER,
          place: null,
          audience: 1500,
        },
      ],
    },
  ] as PlannedTongchuanCampaign[],
};

/** `perSite` visits to each site, a fortnight apart from mid-April (illustrative). */
function studyTours(sites: string[], perSite: number): PlannedEvent[] {
  const events: PlannedEvent[] = [];
  for (let round = 0; round < perSite; round++) {
    sites.forEach((site, s) => {
      const day = new Date(Date.UTC(2021, 3, 15 + round * 14 + s * 3));
      events.push({
        title: `研学实践：走进${site}`,
        heldAt: `${day.toISOString().slice(0, 10)}T09:00:00+08:00`,
        format: EventFormat.VISIT,
        venueType: VenueType.MEMORIAL_SITE,
        place: site,
        audience: 60 + ((round * 3 + s) % 5) * 20,
        brand: '红色基因代代传',
      });
    });
  }
  return events;
}
