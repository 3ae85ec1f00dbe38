import { describeEnum } from '../shared-types/describe-enum';

/** The five tiers of the 新时代文明实践 structure: the org subgraph's OrgLevel, declared once for every subgraph that takes or gives a tier (an enum shared by subgraphs must match). */
export enum OrgLevel {
  CENTER = 'CENTER',
  SUB_CENTER = 'SUB_CENTER',
  INSTITUTE = 'INSTITUTE',
  STATION = 'STATION',
  POINT = 'POINT',
}

describeEnum(OrgLevel, 'OrgLevel', 'Tier of a civilization-practice unit (文明实践阵地层级).', {
  CENTER: 'County, district or city center (新时代文明实践中心).',
  SUB_CENTER: 'Sub-center run by a county department (分中心).',
  INSTITUTE: 'Township or street institute (实践所).',
  STATION: 'Village or community station (实践站).',
  POINT: 'Practice point, e.g. a school (实践点).',
});
