import { describeEnum } from '@civic/subgraph-kit';

/** What kind of drive a campaign is (活动类型). */
export enum CampaignKind {
  PARTY_HISTORY_LECTURE = 'PARTY_HISTORY_LECTURE',
  CUSTOMS_REFORM = 'CUSTOMS_REFORM',
  RED_FILM = 'RED_FILM',
  EXHIBITION = 'EXHIBITION',
  CONTEST = 'CONTEST',
  THEMED_ACTIVITY = 'THEMED_ACTIVITY',
  STUDY_TOUR = 'STUDY_TOUR',
  OTHER = 'OTHER',
}

describeEnum(CampaignKind, 'CampaignKind', 'What kind of drive a campaign is (活动类型).', {
  PARTY_HISTORY_LECTURE: 'Party-history study and education lectures (党史学习教育宣讲).',
  CUSTOMS_REFORM: 'Reforming outdated customs, e.g. the ten customs-reform actions (移风易俗).',
  RED_FILM: 'Red film screenings, e.g. "red films seven intos" (红色电影七进).',
  EXHIBITION: 'An exhibition, e.g. a touring lecture exhibition (展览).',
  CONTEST: 'A contest, e.g. a red-story speech contest (比赛).',
  THEMED_ACTIVITY: 'A themed activity (主题活动).',
  STUDY_TOUR: 'Study tours to memorial sites and museums (研学实践).',
  OTHER: 'Anything else (其他).',
});
