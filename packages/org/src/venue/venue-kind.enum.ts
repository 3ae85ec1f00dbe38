import { registerEnumType } from 'type-graphql';

/** Integrated resources (阵地资源) that units bring into civilization practice. */
export enum VenueKind {
  PARTY_MASS_SERVICE_CENTER = 'PARTY_MASS_SERVICE_CENTER',
  CULTURAL_STATION = 'CULTURAL_STATION',
  CONVENIENCE_SERVICE_CENTER = 'CONVENIENCE_SERVICE_CENTER',
  NIGHT_SCHOOL = 'NIGHT_SCHOOL',
  FARMHOUSE_LIBRARY = 'FARMHOUSE_LIBRARY',
  HISTORY_MUSEUM = 'HISTORY_MUSEUM',
  MIGRANT_PARTY_BRANCH = 'MIGRANT_PARTY_BRANCH',
  LEGAL_CULTURE_SQUARE = 'LEGAL_CULTURE_SQUARE',
  YOUTH_PALACE = 'YOUTH_PALACE',
  OTHER = 'OTHER',
}

registerEnumType(VenueKind, {
  name: 'VenueKind',
  description: 'Kind of venue / integrated resource (阵地资源类别).',
  valuesConfig: {
    PARTY_MASS_SERVICE_CENTER: { description: 'Party-mass service center (党群服务中心).' },
    CULTURAL_STATION: { description: 'Comprehensive cultural station (综合文化站).' },
    CONVENIENCE_SERVICE_CENTER: { description: 'Convenience service center (便民服务中心).' },
    NIGHT_SCHOOL: { description: 'Civic, cadre or farmer night school (市民文明夜校、干部夜校、农民夜校).' },
    FARMHOUSE_LIBRARY: { description: 'Farmhouse library (农家书屋).' },
    HISTORY_MUSEUM: { description: 'Town or village history museum (镇村史馆).' },
    MIGRANT_PARTY_BRANCH: { description: 'Party branch of migrant workers elsewhere (驻外地农民工党支部).' },
    LEGAL_CULTURE_SQUARE: { description: 'Rule-of-law culture square (法治文化广场).' },
    YOUTH_PALACE: { description: 'Rural school youth palace (乡村学校少年宫).' },
    OTHER: { description: 'Any other venue (其他).' },
  },
});
