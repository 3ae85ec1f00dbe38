import { RegionLevel } from '../region/region-level.enum';
import { OrgLevel } from '@civic/subgraph-kit';
import { VenueKind } from '../venue/venue-kind.enum';
import { HUIDONG } from './huidong.data';
import type { DemoPlan, PlannedUnit, PlannedVenue } from './plan.types';

/** Unit codes: county code plus a tier mark (中心 ZX, 分中心 FZX, 实践点 SJD); institutes and stations carry their region code. */
export const HUIDONG_CENTER_CODE = `${HUIDONG.county.code}-ZX`;

/** Turns the reported counts into concrete regions, units, venues and designations, deterministically. */
export function planHuidong(): DemoPlan {
  const { province, prefecture, county } = HUIDONG;
  const regions: DemoPlan['regions'] = [
    { ...province, level: RegionLevel.PROVINCE, parentCode: null },
    { ...prefecture, level: RegionLevel.PREFECTURE, parentCode: province.code },
    { ...county, level: RegionLevel.COUNTY, parentCode: prefecture.code },
  ];
  const unit = (u: Pick<PlannedUnit, 'code' | 'name' | 'level' | 'parentCode' | 'regionCode'> & Partial<PlannedUnit>): PlannedUnit => ({
    establishedOn: null,
    designations: [],
    ...u,
  });
  const venues: PlannedVenue[] = [...HUIDONG.centerVenues.map((v) => ({ ...v, unitCode: HUIDONG_CENTER_CODE }))];
  const units: PlannedUnit[] = [
    unit({
      code: HUIDONG_CENTER_CODE,
      name: HUIDONG.centerName,
      level: OrgLevel.CENTER,
      parentCode: null,
      regionCode: county.code,
      establishedOn: HUIDONG.centerEstablishedOn,
      ...HUIDONG.centerDetails,
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
        department,
      }),
    ),
  );
  HUIDONG.schools.forEach((school, i) => {
    const code = `${county.code}-SJD-${pad(i + 1, 2)}`;
    units.push(
      unit({ code, name: `${school}新时代文明实践点`, level: OrgLevel.POINT, parentCode: HUIDONG_CENTER_CODE, regionCode: county.code }),
    );
    venues.push({ unitCode: code, name: `${school}乡村学校少年宫`, kind: VenueKind.YOUTH_PALACE });
  });

  const stationsPerTownship = spread(HUIDONG.stationCount, HUIDONG.townships.length);
  const villageNamePool = distinctVillageNames();
  HUIDONG.townships.forEach((township, t) => {
    const townshipCode = `${county.code}${100 + t}000`;
    regions.push({ code: townshipCode, name: township, level: RegionLevel.TOWNSHIP, parentCode: county.code });
    const instituteCode = `${townshipCode}-SJS`;
    units.push(
      unit({
        code: instituteCode,
        name: `${township}新时代文明实践所`,
        level: OrgLevel.INSTITUTE,
        parentCode: HUIDONG_CENTER_CODE,
        regionCode: townshipCode,
        contactName: `${HUIDONG.contactSurnames[t % HUIDONG.contactSurnames.length]}所长`,
        contactTitle: '所长',
        contactPhone: `1398150${pad(t + 1, 4)}`,
      }),
    );
    venues.push(...instituteVenues(township, instituteCode, t));
    villageNames(township, stationsPerTownship[t], villageNamePool).forEach((village, v) => {
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
          designations: HUIDONG.pilotStations.some((p) => p.township === township && p.village === village)
            ? [HUIDONG.pilotDesignation]
            : [],
        }),
      );
      venues.push({ unitCode: `${villageCode}-SJZ`, name: `${village}农家书屋`, kind: VenueKind.FARMHOUSE_LIBRARY });
      if (v === 0) venues.push({ unitCode: `${villageCode}-SJZ`, name: `${village}农民夜校`, kind: VenueKind.NIGHT_SCHOOL });
    });
    // Villages still without a station: the gaps the coverage report lists (demo data).
    HUIDONG.villagesWithoutStation
      .filter((gap) => gap.township === township)
      .forEach((gap, g) => {
        regions.push({
          code: `${county.code}${100 + t}${300 + g}`,
          name: gap.village,
          level: RegionLevel.VILLAGE,
          parentCode: townshipCode,
        });
      });
  });
  return { regions, units, venues };
}

/** Every institute integrates its township's service center and cultural station; some have more. */
function instituteVenues(township: string, unitCode: string, t: number): PlannedVenue[] {
  const venues: PlannedVenue[] = [
    { unitCode, name: `${township}党群服务中心`, kind: VenueKind.PARTY_MASS_SERVICE_CENTER },
    { unitCode, name: `${township}综合文化站`, kind: VenueKind.CULTURAL_STATION, openingHours: '周二至周日 9:00-17:30' },
    {
      unitCode,
      name: `${township}便民服务中心`,
      kind: VenueKind.CONVENIENCE_SERVICE_CENTER,
      openingHours: '工作日 8:30-12:00, 14:30-18:00',
    },
  ];
  if (t % 4 === 0)
    venues.push({ unitCode, name: `${township.replace(/(镇|乡|街道)$/, '')}镇史馆`, kind: VenueKind.HISTORY_MUSEUM, capacity: 80 });
  if (t % 6 === 1) venues.push({ unitCode, name: `${township}驻外地农民工党支部`, kind: VenueKind.MIGRANT_PARTY_BRANCH });
  if (t % 5 === 2) venues.push({ unitCode, name: `${township}法治文化广场`, kind: VenueKind.LEGAL_CULTURE_SQUARE, capacity: 500 });
  return venues;
}

/**
 * The pilot names first, then communities for a street (from their stems), villages elsewhere,
 * drawn in turn from one pool, so no two stations of the county share a name.
 */
function villageNames(township: string, count: number, pool: Iterator<string>): string[] {
  const names: string[] = HUIDONG.pilotStations.filter((p) => p.township === township).map((p) => p.village);
  if (township.endsWith('街道')) {
    for (const stem of HUIDONG.communityNameStems) if (names.length < count) names.push(`${stem}社区`);
  }
  while (names.length < count) names.push(pool.next().value as string);
  return names;
}

/**
 * Village names, each once: every stem bare, then with each landform suffix in turn (青龙村, …,
 * 青龙坪村, …), skipping a suffix the stem already ends with and the names the report or the
 * coverage gaps already use.
 */
function* distinctVillageNames(): Generator<string> {
  const taken = new Set<string>([...HUIDONG.pilotStations.map((p) => p.village), ...HUIDONG.villagesWithoutStation.map((g) => g.village)]);
  for (const suffix of HUIDONG.villageNameSuffixes) {
    for (const stem of HUIDONG.villageNameStems) {
      const name = `${stem}${suffix}村`;
      if ((suffix && stem.endsWith(suffix)) || taken.has(name)) continue;
      taken.add(name);
      yield name;
    }
  }
  throw new Error('the village name pool is exhausted; add stems or suffixes');
}

/** Splits `total` into `parts` near-equal integers. */
function spread(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
