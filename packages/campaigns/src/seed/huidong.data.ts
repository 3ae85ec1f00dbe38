import { CampaignKind } from '../campaign/campaign-kind.enum';
import { EventFormat } from '../campaign-event/event-format.enum';
import { VenueType } from '../campaign-event/venue-type.enum';

/**
 * Huidong County's 2021 campaigns, after the report 《会东县新时代文明实践工作稳步推进》 (朱艳):
 * 19 Party-history lecture groups held 700+ sessions in the five kinds of places (机关, 学校, 社区,
 * 企业, 农村), as 火塘夜话, 坝坝会 and 文艺演出; the "红色电影"七进 screenings; the 移风易俗十大行动
 * with 村规民约 and 红白理事会. The online "cloud" lectures (红色故事微讲堂) are borrowed from the
 * Tongchuan report, with an illustrative online reach. The reports give totals only: each event's date, host, audience and volunteers
 * are synthetic but deterministic.
 */
export const HUIDONG_CAMPAIGNS = {
  centerCode: '513426-ZX',
  /** The 文化广播电视和旅游 sub-center, which runs the film screenings. */
  cultureSubCenterCode: '513426-FZX-05',
  /** Volunteer ids 1..90,000 exist in the volunteers demo (注册志愿者9万余人). */
  volunteerIdMax: 90_000,
  lectureGroupCount: 19,
  lecture: {
    name: '会东县党史学习教育宣讲',
    kind: CampaignKind.PARTY_HISTORY_LECTURE,
    description:
      '全县19个宣讲小组深入机关、学校、社区、企业和农村，用火塘夜话、坝坝会、文艺演出等群众熟悉的形式讲党史、讲政策，累计宣讲700余场次。',
    startsOn: '2021-03-01',
    endsOn: '2021-12-31',
    eventTarget: 700,
    eventCount: 720,
    formats: [EventFormat.LECTURE, EventFormat.FIRESIDE_CHAT, EventFormat.OPEN_AIR_MEETING, EventFormat.PERFORMANCE, EventFormat.ONLINE],
    venueTypes: [VenueType.GOVERNMENT_AGENCY, VenueType.SCHOOL, VenueType.COMMUNITY, VenueType.ENTERPRISE, VenueType.COUNTRYSIDE],
    topics: [
      '学党史、悟思想、办实事、开新局',
      '中国共产党百年光辉历程',
      '红军巧渡金沙江',
      '传承红色基因 汲取奋进力量',
      '习近平新时代中国特色社会主义思想',
    ],
    audience: { min: 20, max: 300 },
    volunteerPool: 600,
    /**
     * The online lectures' reach: the platform and the views are illustrative (the report gives no online
     * figures); views are the audience plus a deterministic spread, so never fewer than the people online.
     */
    onlineReach: { platform: '会东县融媒体中心直播间', extraViews: { min: 300, max: 1_500 } },
  },
  redFilm: {
    name: '会东县"红色电影"七进',
    kind: CampaignKind.RED_FILM,
    description: '“红色电影”七进：把红色电影送到群众身边，在放映中讲好党史故事。',
    startsOn: '2021-04-01',
    endsOn: '2021-10-31',
    eventTarget: 120,
    eventCount: 126,
    formats: [EventFormat.FILM_SCREENING],
    /** The report says "七进" without listing them: the five intos plus camps and homes is the usual reading (illustrative). */
    venueTypes: [
      VenueType.GOVERNMENT_AGENCY,
      VenueType.SCHOOL,
      VenueType.COMMUNITY,
      VenueType.ENTERPRISE,
      VenueType.COUNTRYSIDE,
      VenueType.MILITARY_CAMP,
      VenueType.HOUSEHOLD,
    ],
    topics: ['《建党伟业》', '《建国大业》', '《长征》', '《金沙江畔》', '《闪闪的红星》', '《焦裕禄》', '《我和我的祖国》'],
    audience: { min: 40, max: 260 },
    volunteerPool: 150,
  },
  customsReform: {
    name: '会东县移风易俗十大行动',
    kind: CampaignKind.CUSTOMS_REFORM,
    description: '修订村规民约、成立红白理事会，倡导红白事从简、破除迷信和攀比之风，推广文明健康、绿色环保的生活方式。',
    startsOn: '2021-01-01',
    endsOn: null,
    eventTarget: null,
    eventCount: 90,
    formats: [EventFormat.OPEN_AIR_MEETING, EventFormat.LECTURE, EventFormat.PERFORMANCE],
    venueTypes: [VenueType.COUNTRYSIDE, VenueType.COMMUNITY],
    topics: ['完善村规民约', '红白理事会：婚事新办、丧事简办', '破除封建迷信', '反对铺张浪费', '文明健康 绿色环保'],
    audience: { min: 30, max: 200 },
    volunteerPool: 300,
  },
  /** Local hour each format usually starts at: lectures in the morning, 火塘夜话 and 坝坝会 after dark. */
  startHour: {
    [EventFormat.LECTURE]: 9.5,
    [EventFormat.FIRESIDE_CHAT]: 20,
    [EventFormat.OPEN_AIR_MEETING]: 19,
    [EventFormat.PERFORMANCE]: 19.5,
    [EventFormat.FILM_SCREENING]: 20,
    [EventFormat.ONLINE]: 15,
    [EventFormat.VISIT]: 10,
    [EventFormat.CONTEST]: 14,
    [EventFormat.EXHIBITION]: 10,
    [EventFormat.OTHER]: 10,
  } satisfies Record<EventFormat, number>,
  formatLabel: {
    [EventFormat.LECTURE]: '宣讲',
    [EventFormat.FIRESIDE_CHAT]: '火塘夜话',
    [EventFormat.OPEN_AIR_MEETING]: '坝坝会',
    [EventFormat.PERFORMANCE]: '文艺演出',
    [EventFormat.FILM_SCREENING]: '电影放映',
    [EventFormat.ONLINE]: '云端微讲堂',
    [EventFormat.VISIT]: '参观走访',
    [EventFormat.CONTEST]: '比赛',
    [EventFormat.EXHIBITION]: '展览',
    [EventFormat.OTHER]: '活动',
  } satisfies Record<EventFormat, string>,
} as const;

export type PlannedCampaign = (typeof HUIDONG_CAMPAIGNS)['lecture' | 'redFilm' | 'customsReform'];
