import { OrgLevel } from '../org-unit/org-level.enum';
import { RegionLevel } from '../region/region-level.enum';
import { HUIDONG } from './huidong.data';

export interface PlannedRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface PlannedUnit {
  code: string;
  name: string;
  level: OrgLevel;
  parentCode: string | null;
  regionCode: string | null;
  isPilot: boolean;
  establishedOn: string | null;
}

/** Unit codes: county code plus a tier mark (中心 ZX, 分中心 FZX, 实践点 SJD); institutes and stations carry their region code. */
export const HUIDONG_CENTER_CODE = `${HUIDONG.county.code}-ZX`;

/** Turns the reported counts into concrete regions and units, deterministically. */
export function planHuidong(): { regions: PlannedRegion[]; units: PlannedUnit[] } {
  const { province, prefecture, county } = HUIDONG;
  const regions: PlannedRegion[] = [
    { ...province, level: RegionLevel.PROVINCE, parentCode: null },
    { ...prefecture, level: RegionLevel.PREFECTURE, parentCode: province.code },
    { ...county, level: RegionLevel.COUNTY, parentCode: prefecture.code },
  ];
  const unit = (u: Omit<PlannedUnit, 'isPilot' | 'establishedOn'> & Partial<PlannedUnit>): PlannedUnit => ({
    isPilot: false,
    establishedOn: null,
    ...u,
  });
  const units: PlannedUnit[] = [
    unit({
      code: HUIDONG_CENTER_CODE,
      name: HUIDONG.centerName,
      level: OrgLevel.CENTER,
      parentCode: null,
      regionCode: county.code,
      establishedOn: HUIDONG.centerEstablishedOn,
    }),
  ];
  HUIDONG.subCenterDepartments.forEach((department, i) =>
    units.push(
      unit({
        code: `${county.code}-FZX-${pad(i + 1, 2)}`,
        name: `会东县新时代文明实践${department}分中心`,
        level: OrgLevel.SUB_CENTER,
        parentCode: HUIDONG_CENTER_CODE,
        regionCode: county.code,
      }),
    ),
  );
  HUIDONG.schools.forEach((school, i) =>
    units.push(
      unit({
        code: `${county.code}-SJD-${pad(i + 1, 2)}`,
        name: `${school}新时代文明实践点`,
        level: OrgLevel.POINT,
        parentCode: HUIDONG_CENTER_CODE,
        regionCode: county.code,
      }),
    ),
  );

  const stationsPerTownship = spread(HUIDONG.stationCount, HUIDONG.townships.length);
  HUIDONG.townships.forEach((township, t) => {
    const townshipCode = `${county.code}${100 + t}000`;
    regions.push({ code: townshipCode, name: township, level: RegionLevel.TOWNSHIP, parentCode: county.code });
    const instituteCode = `${townshipCode}-SJS`;
    units.push(
      unit({ code: instituteCode, name: `${township}新时代文明实践所`, level: OrgLevel.INSTITUTE, parentCode: HUIDONG_CENTER_CODE, regionCode: townshipCode }),
    );
    villageNames(township, stationsPerTownship[t], t).forEach((village, v) => {
      const isCommunity = village.endsWith('社区');
      const villageCode = `${county.code}${100 + t}${isCommunity ? pad(v + 1, 3) : 200 + v}`;
      regions.push({ code: villageCode, name: village, level: RegionLevel.VILLAGE, parentCode: townshipCode });
      units.push(
        unit({
          code: `${villageCode}-SJZ`,
          name: `${village}新时代文明实践站`,
          level: OrgLevel.STATION,
          parentCode: instituteCode,
          regionCode: villageCode,
          isPilot: HUIDONG.pilotStations.some((p) => p.township === township && p.village === village),
        }),
      );
    });
  });
  return { regions, units };
}

/** The pilot names first, then communities for a street, villages elsewhere, from fixed stems. */
function villageNames(township: string, count: number, offset: number): string[] {
  const names: string[] = HUIDONG.pilotStations.filter((p) => p.township === township).map((p) => p.village);
  const isStreet = township.endsWith('街道');
  const stems = isStreet ? HUIDONG.communityNameStems : HUIDONG.villageNameStems;
  for (let i = 0; names.length < count; i++) {
    const name = `${stems[(i + offset) % stems.length]}${i >= stems.length ? Math.floor(i / stems.length) + 1 : ''}${isStreet ? '社区' : '村'}`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Splits `total` into `parts` near-equal integers. */
function spread(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
