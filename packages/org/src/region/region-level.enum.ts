import { registerEnumType } from 'type-graphql';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  PREFECTURE = 'PREFECTURE',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
}

registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: 'Tier of an administrative division (行政区划级别).',
  valuesConfig: {
    PROVINCE: { description: 'Province (省).' },
    PREFECTURE: { description: 'Prefecture or city (市、州).' },
    COUNTY: { description: 'County, district or county-level city (县、区、县级市).' },
    TOWNSHIP: { description: 'Township, town or street (乡、镇、街道).' },
    VILLAGE: { description: 'Village or community (村、社区).' },
  },
});
