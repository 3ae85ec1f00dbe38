import { DEPARTMENTS, placeName } from './names';
import type { ScaleProfile } from './profiles';
import { apportion, normal, randomInt, randomStream } from './random';

export type UnitLevel = 'CENTER' | 'SUB_CENTER' | 'INSTITUTE' | 'STATION' | 'POINT';

export interface PlannedRegion {
  code: string;
  name: string;
  level: 'PROVINCE' | 'PREFECTURE' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';
  parentCode: string | null;
}

export interface PlannedUnit {
  /** Ids are given, parents first: the org path trigger reads each parent's row. */
  id: number;
  code: string;
  name: string;
  level: UnitLevel;
  parentId: number | null;
  regionCode: string;
  county: number;
  department: string | null;
  /** Relative share of the county's volunteers, events and orders living here. */
  weight: number;
  establishedOn: string;
}

export interface PlannedCounty {
  index: number;
  name: string;
  code: string;
  centerId: number;
  /** Relative size: a few big counties, many small (Zipf-like, shuffled). */
  weight: number;
  units: PlannedUnit[];
}

export interface OrgPlan {
  regions: PlannedRegion[];
  units: PlannedUnit[];
  counties: PlannedCounty[];
}

const PROVINCE_CODE = '990000';
const COUNTIES_PER_PREFECTURE = 9;

/** The whole tree in memory (tens of thousands of rows): every later table draws its units from it. */
export function planOrg(profile: ScaleProfile, seed: number): OrgPlan {
  const random = randomStream(seed, 'org');
  const regions: PlannedRegion[] = [{ code: PROVINCE_CODE, name: '示例省', level: 'PROVINCE', parentCode: null }];
  const units: PlannedUnit[] = [];
  const counties: PlannedCounty[] = [];
  const weights = zipfWeights(profile.counties, random);
  const institutesPer = apportion(
    profile.institutes,
    weights.map((w) => Math.pow(w, 0.7)),
    Math.min(3, Math.floor(profile.institutes / profile.counties)),
  );
  const stationsPer = apportion(
    profile.stations,
    weights.map((w) => Math.pow(w, 0.7)),
    Math.min(10, Math.floor(profile.stations / profile.counties)),
  );
  let nextId = 1;

  for (let c = 0; c < profile.counties; c++) {
    const prefecture = Math.floor(c / COUNTIES_PER_PREFECTURE);
    const prefectureCode = `99${pad(prefecture + 1, 2)}00`;
    if (c % COUNTIES_PER_PREFECTURE === 0)
      regions.push({ code: prefectureCode, name: `${placeName(random)}市`, level: 'PREFECTURE', parentCode: PROVINCE_CODE });
    const countyCode = `${prefectureCode.slice(0, 4)}${pad((c % COUNTIES_PER_PREFECTURE) + 1, 2)}`;
    const countyName = `${placeName(random)}县`;
    regions.push({ code: countyCode, name: countyName, level: 'COUNTY', parentCode: prefectureCode });
    const year = randomInt(random, 2019, 2020);
    const center: PlannedUnit = unit(
      nextId++,
      `${countyCode}-ZX`,
      `${countyName}新时代文明实践中心`,
      'CENTER',
      null,
      countyCode,
      c,
      2,
      `${year}-0${randomInt(random, 1, 9)}-08`,
    );
    const county: PlannedCounty = {
      index: c,
      name: countyName,
      code: countyCode,
      centerId: center.id,
      weight: weights[c],
      units: [center],
    };
    counties.push(county);

    const subCenters = randomInt(random, 5, 15);
    for (let s = 0; s < subCenters; s++) {
      const department = DEPARTMENTS[s % DEPARTMENTS.length];
      const sub = unit(
        nextId++,
        `${countyCode}-FZX${pad(s + 1, 2)}`,
        `${countyName}文明实践${department}分中心`,
        'SUB_CENTER',
        center.id,
        countyCode,
        c,
        0.3,
        center.establishedOn,
      );
      sub.department = department;
      county.units.push(sub);
    }

    const institutes = institutesPer[c];
    const stationsOfInstitute = apportion(
      stationsPer[c],
      Array.from({ length: institutes }, () => Math.exp(0.6 * normal(random))),
      0,
    );
    for (let t = 0; t < institutes; t++) {
      const townshipCode = `${countyCode}${pad(100 + t, 3)}000`;
      const townshipName = `${placeName(random)}镇`;
      regions.push({ code: townshipCode, name: townshipName, level: 'TOWNSHIP', parentCode: countyCode });
      const established = `${randomInt(random, 2020, 2021)}-${pad(randomInt(random, 1, 12), 2)}-${pad(randomInt(random, 1, 28), 2)}`;
      const institute = unit(
        nextId++,
        `${townshipCode}-SJS`,
        `${townshipName}新时代文明实践所`,
        'INSTITUTE',
        center.id,
        townshipCode,
        c,
        1 + random(),
        established,
      );
      county.units.push(institute);
      if (random() < 0.5) {
        county.units.push(
          unit(
            nextId++,
            `${townshipCode}-SJD1`,
            `${townshipName}中心校文明实践点`,
            'POINT',
            institute.id,
            townshipCode,
            c,
            0.2,
            established,
          ),
        );
      }
      for (let v = 0; v < stationsOfInstitute[t]; v++) {
        const villageCode = `${townshipCode.slice(0, 9)}${pad(v + 1, 3)}`;
        const villageName = `${placeName(random)}${random() < 0.2 ? '社区' : '村'}`;
        regions.push({ code: villageCode, name: villageName, level: 'VILLAGE', parentCode: townshipCode });
        county.units.push(
          unit(
            nextId++,
            `${villageCode}-SJZ`,
            `${villageName}新时代文明实践站`,
            'STATION',
            institute.id,
            villageCode,
            c,
            Math.exp(0.8 * normal(random)),
            established,
          ),
        );
      }
    }
    units.push(...county.units);
  }
  return { regions, units, counties };
}

function unit(
  id: number,
  code: string,
  name: string,
  level: UnitLevel,
  parentId: number | null,
  regionCode: string,
  county: number,
  weight: number,
  establishedOn: string,
): PlannedUnit {
  return { id, code, name, level, parentId, regionCode, county, department: null, weight, establishedOn };
}

/** Zipf-like sizes (1/rank^0.9) in a shuffled order, so county 1 is not always the biggest. */
function zipfWeights(n: number, random: () => number): number[] {
  const weights = Array.from({ length: n }, (_, rank) => 1 / Math.pow(rank + 1, 0.9));
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [weights[i], weights[j]] = [weights[j], weights[i]];
  }
  return weights;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
