import { describeEnum } from '@civic/subgraph-kit';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  PREFECTURE = 'PREFECTURE',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
}

describeEnum(RegionLevel, 'RegionLevel', 'Tier of an administrative division (行政区划级别).', {
  PROVINCE: 'Province (省).',
  PREFECTURE: 'Prefecture or city (市、州).',
  COUNTY: 'County, district or county-level city (县、区、县级市).',
  TOWNSHIP: 'Township, town or street (乡、镇、街道).',
  VILLAGE: 'Village or community (村、社区).',
});
