import { registerEnumType } from 'type-graphql';

/** Where an event was taken: the "five intos" (五进) plus anything else. */
export enum VenueType {
  GOVERNMENT_AGENCY = 'GOVERNMENT_AGENCY',
  SCHOOL = 'SCHOOL',
  COMMUNITY = 'COMMUNITY',
  ENTERPRISE = 'ENTERPRISE',
  COUNTRYSIDE = 'COUNTRYSIDE',
  OTHER = 'OTHER',
}

registerEnumType(VenueType, {
  name: 'VenueType',
  description: 'Kind of place an event was taken into, the "five intos" (五进场所).',
  valuesConfig: {
    GOVERNMENT_AGENCY: { description: 'Into government agencies (进机关).' },
    SCHOOL: { description: 'Into schools (进学校).' },
    COMMUNITY: { description: 'Into urban communities (进社区).' },
    ENTERPRISE: { description: 'Into enterprises (进企业).' },
    COUNTRYSIDE: { description: 'Into the countryside: villages, farmyards, fields (进农村).' },
    OTHER: { description: 'Any other place (其他场所).' },
  },
});
