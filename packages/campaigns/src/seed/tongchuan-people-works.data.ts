import { HonourLevel } from '../role-model/honour-level.enum';
import { ParticipantRole } from '../event-participant/participant-role.enum';
import { WorkKind } from '../work/work-kind.enum';
import { WorkUseKind } from '../work/work-use-kind.enum';

/**
 * Tongchuan's role model, works, speakers and online reach, after 《铜川市弘扬"照金精神" 传承红色基因》
 * (翟静, 秦小文).
 * From the report: 靳康鹏, the "玉米书记", whose village sold over 50 t of corn products (玉米糁、
 * 玉米面), about ¥4,000 more per household in difficulty, and his three titles; the textbooks
 * 《英雄模范读本》 and 《红色照金》 compiled by experts the city organised, the red plays 《红喇叭》 and
 * 《照金这片天》, the song cycle 《照金》 at the 4th arts festival's opening (2021-07-08); 吴延旗
 * (铜川市委常委、宣传部部长) speaking at the 照金精神 exhibition on 2021-06-28; the online
 * 红色故事微讲堂.
 * Illustrative: the report's text is cut before his village's name (only "…泉村" survives), so he
 * is attached to a unit below the city center (the first station, else the first institute, else the
 * center); his position (驻村第一书记, the usual reading of "书记" for a civil servant sent to a
 * village); the honours' years and conferring bodies; which campaigns used the textbooks and plays;
 * the works' years other than the song cycle's; the micro-lectures' views, online participants and platform.
 */
/** A use by the campaign of that name, or by the (Tongchuan) event of that title. */
export interface PlannedWorkUse {
  campaign?: string;
  event?: string;
  kind: WorkUseKind;
}

export interface PlannedWork {
  kind: WorkKind;
  title: string;
  year: number | null;
  description: string;
  uses: PlannedWorkUse[];
}

export const TONGCHUAN_PEOPLE_WORKS = {
  roleModel: {
    name: '靳康鹏',
    position: '驻村第一书记',
    nickname: '玉米书记',
    achievements: '帮村里卖出玉米糁、玉米面等玉米产品50余吨；单这一项，村里困难群众户均多收入约4000元。',
    honours: [
      { title: '全国"最美公务员"', conferredBy: null, year: 2020, level: HonourLevel.NATIONAL },
      { title: '全国优秀党务工作者', conferredBy: '中共中央', year: 2021, level: HonourLevel.NATIONAL },
      { title: '"陕西好人"', conferredBy: null, year: 2019, level: HonourLevel.PROVINCIAL },
    ] as { title: string; conferredBy: string | null; year: number; level: HonourLevel }[],
    /** The campaign that features him: the 照金精神 exhibition of 2021-06-28. */
    featuredBy: '庆祝建党100周年"照金精神"铜川市专题宣讲展览',
  },
  works: [
    {
      kind: WorkKind.TEXTBOOK,
      title: '《英雄模范读本》',
      year: null,
      description: '立足红色照金、由铜川组织专家编写的红色教材，讲英雄模范的故事。',
      uses: [{ campaign: '铜川市弘扬"照金精神"巡回宣讲', kind: WorkUseKind.USED }],
    },
    {
      kind: WorkKind.TEXTBOOK,
      title: '《红色照金》',
      year: null,
      description: '由铜川组织专家编写的红色教材，讲陕甘边照金革命根据地的历史。',
      uses: [
        { campaign: '"小小童心跟党走，红色基因代代传"研学实践', kind: WorkUseKind.DISTRIBUTED },
        { campaign: '铜川市弘扬"照金精神"巡回宣讲', kind: WorkUseKind.USED },
      ],
    },
    {
      kind: WorkKind.PLAY,
      title: '《红喇叭》',
      year: null,
      description: '铜川创编的红色戏剧，面向青少年演出。',
      uses: [{ campaign: '铜川市党史学习教育主题活动', kind: WorkUseKind.PERFORMED }],
    },
    {
      kind: WorkKind.PLAY,
      title: '《照金这片天》',
      year: null,
      description: '铜川创编的红色戏剧，以照金为背景。',
      uses: [{ campaign: '铜川市党史学习教育主题活动', kind: WorkUseKind.PERFORMED }],
    },
    {
      kind: WorkKind.SONG_CYCLE,
      title: '《照金》',
      year: 2021,
      description: '大型情景组歌，取材于陕甘边照金革命根据地，第四届铜川市艺术节开幕演出。',
      uses: [{ event: '开幕式：大型情景组歌《照金》', kind: WorkUseKind.PERFORMED }],
    },
  ] as PlannedWork[],
  speakers: [
    {
      event: '"照金精神"专题宣讲展览开展仪式',
      role: ParticipantRole.SPEAKER,
      name: '吴延旗',
      position: '铜川市委常委、宣传部部长',
    },
  ],
  /** The micro-lectures' reach: views and online participants spread deterministically (illustrative). */
  onlineReach: { titlePrefix: '红色故事微讲堂', platform: '微信公众号', views: { min: 1_500, max: 6_000 } },
  /** Red education sites: events whose place is a venue name get that venue (looked up by exact name). */
  redSites: ['照金纪念馆', '陈家坡会议旧址', '铜川博物馆'],
};
