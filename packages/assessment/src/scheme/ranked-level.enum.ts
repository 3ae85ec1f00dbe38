import { describeEnum } from '@civic/subgraph-kit';

/** The org unit tiers a scheme can rank: the org subgraph's INSTITUTE and STATION levels. */
export enum RankedLevel {
  INSTITUTE = 'INSTITUTE',
  STATION = 'STATION',
}
describeEnum(RankedLevel, 'RankedLevel', 'Which tier of units a scheme scores and ranks (考核对象层级).', {
  INSTITUTE: 'Township or street institutes (实践所).',
  STATION: 'Village or community stations (实践站).',
});

/** The org tiers above each ranked level: where a scheme's owner may stand. */
export const OWNER_LEVELS: Record<RankedLevel, readonly string[]> = {
  [RankedLevel.INSTITUTE]: ['CENTER', 'SUB_CENTER'],
  [RankedLevel.STATION]: ['CENTER', 'SUB_CENTER', 'INSTITUTE'],
};
