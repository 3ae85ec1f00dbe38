import { describeEnum } from '@civic/subgraph-kit';

export enum TeamLevel {
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
}
describeEnum(TeamLevel, 'TeamLevel', 'Tier of a volunteer service team (志愿服务队层级).', {
  COUNTY: 'County team (县级).',
  TOWNSHIP: 'Township team (乡镇级).',
  VILLAGE: 'Village or community team (村社级).',
});
