import { describeEnum } from '@civic/subgraph-kit';

/** How an event was held (活动形式). */
export enum EventFormat {
  LECTURE = 'LECTURE',
  FIRESIDE_CHAT = 'FIRESIDE_CHAT',
  OPEN_AIR_MEETING = 'OPEN_AIR_MEETING',
  PERFORMANCE = 'PERFORMANCE',
  FILM_SCREENING = 'FILM_SCREENING',
  ONLINE = 'ONLINE',
  VISIT = 'VISIT',
  CONTEST = 'CONTEST',
  EXHIBITION = 'EXHIBITION',
  OTHER = 'OTHER',
}

describeEnum(EventFormat, 'EventFormat', 'How an event was held (活动形式).', {
  LECTURE: 'A lecture or talk (宣讲).',
  FIRESIDE_CHAT: 'A fireside chat round the hearth at night (火塘夜话).',
  OPEN_AIR_MEETING: 'An open-air meeting on the village square (坝坝会).',
  PERFORMANCE: 'An arts performance (文艺演出).',
  FILM_SCREENING: 'A film screening (电影放映).',
  ONLINE: 'An online "cloud" lecture, e.g. the red-story micro-lecture hall (云端宣讲).',
  VISIT: 'A visit to a site, museum or household (参观走访).',
  CONTEST: 'A contest, e.g. a speech contest (比赛).',
  EXHIBITION: 'An exhibition, e.g. a touring lecture exhibition (展览).',
  OTHER: 'Any other format (其他).',
});

/** How a format reads in a report (形式名称), e.g. the label of a breakdown bucket. */
export const EVENT_FORMAT_LABELS: Record<EventFormat, string> = {
  LECTURE: '宣讲',
  FIRESIDE_CHAT: '火塘夜话',
  OPEN_AIR_MEETING: '坝坝会',
  PERFORMANCE: '文艺演出',
  FILM_SCREENING: '电影放映',
  ONLINE: '云端宣讲',
  VISIT: '参观走访',
  CONTEST: '比赛',
  EXHIBITION: '展览',
  OTHER: '其他',
};
