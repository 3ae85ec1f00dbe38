import { describeEnum } from '@civic/subgraph-kit';

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
  RED_EDUCATION_SITE = 'RED_EDUCATION_SITE',
  OTHER = 'OTHER',
}

describeEnum(VenueKind, 'VenueKind', 'Kind of venue / integrated resource (阵地资源类别).', {
  PARTY_MASS_SERVICE_CENTER: 'Party-mass service center (党群服务中心).',
  CULTURAL_STATION: 'Comprehensive cultural station (综合文化站).',
  CONVENIENCE_SERVICE_CENTER: 'Convenience service center (便民服务中心).',
  NIGHT_SCHOOL: 'Civic, cadre or farmer night school (市民文明夜校、干部夜校、农民夜校).',
  FARMHOUSE_LIBRARY: 'Farmhouse library (农家书屋).',
  HISTORY_MUSEUM: 'Town or village history museum (镇村史馆).',
  MIGRANT_PARTY_BRANCH: 'Party branch of migrant workers elsewhere (驻外地农民工党支部).',
  LEGAL_CULTURE_SQUARE: 'Rule-of-law culture square (法治文化广场).',
  YOUTH_PALACE: 'Rural school youth palace (乡村学校少年宫).',
  RED_EDUCATION_SITE:
    'Red education or study-tour site: a revolutionary memorial, former meeting site or museum that classes visit (红色教育基地、研学基地).',
  OTHER: 'Any other venue (其他).',
});
