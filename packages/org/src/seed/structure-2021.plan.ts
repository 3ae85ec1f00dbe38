import { OrgLevel } from '@civic/subgraph-kit';
import { RegionLevel } from '../region/region-level.enum';
import { VenueKind } from '../venue/venue-kind.enum';
import type { DemoPlan, PlannedUnit, PlannedVenue } from './plan.types';
import { QIONGLAI } from './qionglai.data';
import { TONGCHUAN } from './tongchuan.data';

/** Unit codes as elsewhere: region code plus a tier mark (中心 ZX, 实践所 SJS, 实践站 SJZ, 实践点 SJD). */
export const QIONGLAI_POINT_CODE = (i: number) => `${QIONGLAI.countyCode}-SJD-${String(i + 1).padStart(2, '0')}`;

/** Tongchuan's districts, towns and stations with the red sites, and Qionglai's towns, stations and 15 points. */
export function planStructure2021(): DemoPlan {
  const plan: DemoPlan = { regions: [], units: [], venues: [] };
  planTongchuan(plan);
  planQionglai(plan);
  return plan;
}

const unit = (u: Pick<PlannedUnit, 'code' | 'name' | 'level' | 'parentCode' | 'regionCode'>): PlannedUnit => ({
  establishedOn: null,
  designations: [],
  ...u,
});

/** A township's region, institute and stations (villages 2nn, communities 0nn), under `parentCode`. */
function township(
  plan: DemoPlan,
  countyCode: string,
  parentCode: string,
  t: { name: string; number: string; stations: readonly string[] },
): string {
  const code = `${countyCode}${t.number}000`;
  plan.regions.push({ code, name: t.name, level: RegionLevel.TOWNSHIP, parentCode: countyCode });
  const institute = `${code}-SJS`;
  plan.units.push(unit({ code: institute, name: `${t.name}新时代文明实践所`, level: OrgLevel.INSTITUTE, parentCode, regionCode: code }));
  let communities = 0;
  let villages = 0;
  for (const station of t.stations) {
    const isCommunity = station.endsWith('社区');
    const villageCode = `${countyCode}${t.number}${isCommunity ? String(++communities).padStart(3, '0') : 200 + ++villages}`;
    plan.regions.push({ code: villageCode, name: station, level: RegionLevel.VILLAGE, parentCode: code });
    plan.units.push(
      unit({
        code: `${villageCode}-SJZ`,
        name: `${station}新时代文明实践站`,
        level: OrgLevel.STATION,
        parentCode: institute,
        regionCode: villageCode,
      }),
    );
  }
  return institute;
}

function planTongchuan(plan: DemoPlan): void {
  const instituteOf = new Map<string, string>();
  for (const district of TONGCHUAN.districts) {
    plan.regions.push({ code: district.code, name: district.name, level: RegionLevel.COUNTY, parentCode: TONGCHUAN.cityCode });
    const center = `${district.code}-ZX`;
    plan.units.push(
      unit({
        code: center,
        name: `${district.name}新时代文明实践中心`,
        level: OrgLevel.CENTER,
        parentCode: TONGCHUAN.cityCenterCode,
        regionCode: district.code,
      }),
    );
    for (const t of district.townships) instituteOf.set(t.name, township(plan, district.code, center, t));
  }
  plan.units.push(unit({ ...TONGCHUAN.newArea, level: OrgLevel.CENTER, parentCode: TONGCHUAN.cityCenterCode, regionCode: null }));
  const sites: PlannedVenue[] = TONGCHUAN.redSites.map((site) => ({
    unitCode: site.township ? instituteOf.get(site.township)! : TONGCHUAN.cityCenterCode,
    name: site.name,
    kind: VenueKind.RED_EDUCATION_SITE,
    capacity: site.capacity,
  }));
  plan.venues.push(...sites);
}

function planQionglai(plan: DemoPlan): void {
  const instituteOf = new Map<string, string>();
  for (const t of QIONGLAI.townships) {
    if (t.name === '临邛街道') {
      // Already there with 春台社区 (the station the trainees visited); only the other stations are new.
      const code = `${QIONGLAI.countyCode}${t.number}000`;
      instituteOf.set(t.name, `${code}-SJS`);
      t.stations.slice(1).forEach((station, s) => {
        const villageCode = `${QIONGLAI.countyCode}${t.number}${String(s + 2).padStart(3, '0')}`;
        plan.regions.push({ code: villageCode, name: station, level: RegionLevel.VILLAGE, parentCode: code });
        plan.units.push(
          unit({
            code: `${villageCode}-SJZ`,
            name: `${station}新时代文明实践站`,
            level: OrgLevel.STATION,
            parentCode: `${code}-SJS`,
            regionCode: villageCode,
          }),
        );
      });
      continue;
    }
    instituteOf.set(t.name, township(plan, QIONGLAI.countyCode, QIONGLAI.centerCode, t));
  }
  QIONGLAI.practicePoints.forEach((point, i) => {
    const institute = instituteOf.get(point.township)!;
    plan.units.push(
      unit({
        code: QIONGLAI_POINT_CODE(i),
        name: point.name,
        level: OrgLevel.POINT,
        parentCode: institute,
        regionCode: institute.replace('-SJS', ''),
      }),
    );
  });
}
