import { DesignationKind } from '../designation/designation-kind.enum';
import { OrgLevel } from '@civic/subgraph-kit';
import { RegionLevel } from '../region/region-level.enum';
import type { DemoPlan, PlannedDesignation, PlannedUnit } from './plan.types';

/**
 * The other units the reports name (《邛崃市组织开展新时代文明实践专题学习提升培训》 and
 * 《铜川市弘扬"照金精神" 传承红色基因》): the Chengdu units the Qionglai trainees visited on
 * 2021-07-14..16 (温江区中心, 金马街道实践所, 共耕社区站, 新津区东华社区站, 平岗社区站, 邛崃市春台社区站),
 * the Qionglai center, under a Chengdu city center; and the Tongchuan city center (Shaanxi).
 * County-level codes are official (GB/T 2260); the township and community codes, the streets the
 * named communities are placed under, and the designation dates are illustrative demo data.
 */
export function planChengduAndTongchuan(): DemoPlan {
  const regions: DemoPlan['regions'] = [
    { code: '510100', name: '成都市', level: RegionLevel.PREFECTURE, parentCode: '510000' },
    { code: '510115', name: '温江区', level: RegionLevel.COUNTY, parentCode: '510100' },
    { code: '510118', name: '新津区', level: RegionLevel.COUNTY, parentCode: '510100' },
    { code: '510183', name: '邛崃市', level: RegionLevel.COUNTY, parentCode: '510100' },
    { code: '510115003000', name: '金马街道', level: RegionLevel.TOWNSHIP, parentCode: '510115' },
    { code: '510115003001', name: '共耕社区', level: RegionLevel.VILLAGE, parentCode: '510115003000' },
    { code: '510118001000', name: '五津街道', level: RegionLevel.TOWNSHIP, parentCode: '510118' },
    { code: '510118001001', name: '东华社区', level: RegionLevel.VILLAGE, parentCode: '510118001000' },
    { code: '510118001002', name: '平岗社区', level: RegionLevel.VILLAGE, parentCode: '510118001000' },
    { code: '510183001000', name: '临邛街道', level: RegionLevel.TOWNSHIP, parentCode: '510183' },
    { code: '510183001001', name: '春台社区', level: RegionLevel.VILLAGE, parentCode: '510183001000' },
    { code: '610000', name: '陕西省', level: RegionLevel.PROVINCE, parentCode: null },
    { code: '610200', name: '铜川市', level: RegionLevel.PREFECTURE, parentCode: '610000' },
  ];
  const demonstration: PlannedDesignation = {
    kind: DesignationKind.DEMONSTRATION,
    title: '成都市新时代文明实践示范点',
    grantedBy: '中共成都市委宣传部',
    grantedOn: '2021-01-01',
  };
  const unit = (u: Pick<PlannedUnit, 'code' | 'name' | 'level' | 'parentCode' | 'regionCode'> & Partial<PlannedUnit>): PlannedUnit => ({
    establishedOn: null,
    designations: [],
    ...u,
  });
  const units: PlannedUnit[] = [
    unit({ code: '510100-ZX', name: '成都市新时代文明实践中心', level: OrgLevel.CENTER, parentCode: null, regionCode: '510100' }),
    unit({
      code: '510115-ZX',
      name: '温江区新时代文明实践中心',
      level: OrgLevel.CENTER,
      parentCode: '510100-ZX',
      regionCode: '510115',
      designations: [demonstration],
    }),
    unit({
      code: '510115003000-SJS',
      name: '金马街道新时代文明实践所',
      level: OrgLevel.INSTITUTE,
      parentCode: '510115-ZX',
      regionCode: '510115003000',
      designations: [demonstration],
    }),
    unit({
      code: '510115003001-SJZ',
      name: '共耕社区新时代文明实践站',
      level: OrgLevel.STATION,
      parentCode: '510115003000-SJS',
      regionCode: '510115003001',
      designations: [demonstration],
    }),
    unit({ code: '510118-ZX', name: '新津区新时代文明实践中心', level: OrgLevel.CENTER, parentCode: '510100-ZX', regionCode: '510118' }),
    unit({
      code: '510118001000-SJS',
      name: '五津街道新时代文明实践所',
      level: OrgLevel.INSTITUTE,
      parentCode: '510118-ZX',
      regionCode: '510118001000',
    }),
    unit({
      code: '510118001001-SJZ',
      name: '东华社区新时代文明实践站',
      level: OrgLevel.STATION,
      parentCode: '510118001000-SJS',
      regionCode: '510118001001',
      designations: [demonstration],
    }),
    unit({
      code: '510118001002-SJZ',
      name: '平岗社区新时代文明实践站',
      level: OrgLevel.STATION,
      parentCode: '510118001000-SJS',
      regionCode: '510118001002',
      designations: [demonstration],
    }),
    unit({ code: '510183-ZX', name: '邛崃市新时代文明实践中心', level: OrgLevel.CENTER, parentCode: '510100-ZX', regionCode: '510183' }),
    unit({
      code: '510183001000-SJS',
      name: '临邛街道新时代文明实践所',
      level: OrgLevel.INSTITUTE,
      parentCode: '510183-ZX',
      regionCode: '510183001000',
    }),
    unit({
      code: '510183001001-SJZ',
      name: '春台社区新时代文明实践站',
      level: OrgLevel.STATION,
      parentCode: '510183001000-SJS',
      regionCode: '510183001001',
      designations: [demonstration],
    }),
    unit({ code: '610200-ZX', name: '铜川市新时代文明实践中心', level: OrgLevel.CENTER, parentCode: null, regionCode: '610200' }),
  ];
  return { regions, units, venues: [] };
}
