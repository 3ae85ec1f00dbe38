import { describeEnum } from '@civic/subgraph-kit';

/** Which level of government or body conferred an honour (荣誉级别). */
export enum HonourLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
}

describeEnum(HonourLevel, 'HonourLevel', 'Which level conferred an honour (荣誉级别).', {
  NATIONAL: 'National, e.g. 全国优秀党务工作者 (国家级).',
  PROVINCIAL: 'Provincial, e.g. "陕西好人" (省级).',
  CITY: 'City or prefecture (市级).',
  COUNTY: 'County or district (县级).',
});
