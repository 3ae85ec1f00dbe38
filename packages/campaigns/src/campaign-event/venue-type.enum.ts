import { describeEnum } from '@civic/subgraph-kit';

/** Where an event was taken: the "five intos" (五进), the further places of the red-film "seven intos" (七进), memorial sites, anything else. */
export enum VenueType {
  GOVERNMENT_AGENCY = 'GOVERNMENT_AGENCY',
  SCHOOL = 'SCHOOL',
  COMMUNITY = 'COMMUNITY',
  ENTERPRISE = 'ENTERPRISE',
  COUNTRYSIDE = 'COUNTRYSIDE',
  MILITARY_CAMP = 'MILITARY_CAMP',
  HOUSEHOLD = 'HOUSEHOLD',
  MEMORIAL_SITE = 'MEMORIAL_SITE',
  OTHER = 'OTHER',
}

describeEnum(
  VenueType,
  'VenueType',
  'Kind of place an event was taken into: the "five intos" (五进场所) and more, e.g. for the red-film "seven intos" (七进).',
  {
    GOVERNMENT_AGENCY: 'Into government agencies (进机关).',
    SCHOOL: 'Into schools (进学校).',
    COMMUNITY: 'Into urban communities (进社区).',
    ENTERPRISE: 'Into enterprises (进企业).',
    COUNTRYSIDE: 'Into the countryside: villages, farmyards, fields (进农村).',
    MILITARY_CAMP: 'Into military camps (进军营), one of the red-film "seven intos".',
    HOUSEHOLD: 'Into homes, family by family (进家庭), one of the red-film "seven intos".',
    MEMORIAL_SITE: 'To memorial sites and museums, e.g. 照金纪念馆 (红色场馆).',
    OTHER: 'Any other place (其他场所).',
  },
);

/** How a kind of place reads in a report (场所名称), e.g. the label of a breakdown bucket. */
export const VENUE_TYPE_LABELS: Record<VenueType, string> = {
  GOVERNMENT_AGENCY: '进机关',
  SCHOOL: '进学校',
  COMMUNITY: '进社区',
  ENTERPRISE: '进企业',
  COUNTRYSIDE: '进农村',
  MILITARY_CAMP: '进军营',
  HOUSEHOLD: '进家庭',
  MEMORIAL_SITE: '红色场馆',
  OTHER: '其他场所',
};
