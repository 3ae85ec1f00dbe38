import { TEAM_THEMES } from './names';
import type { OrgPlan } from './plan-org';

export interface PlannedTeam {
  id: number;
  name: string;
  level: 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';
  theme: string;
  orgUnitId: number;
  county: number;
  brandProjectId: number | null;
}

export interface PlannedBrand {
  id: number;
  name: string;
  orgUnitId: number;
}

export interface TeamPlan {
  teams: PlannedTeam[];
  brands: PlannedBrand[];
  /** The village team of a station, or the first township team of an institute (by unit id); 0 for none. */
  teamOfUnit: Int32Array;
}

const BRANDS = ['文明劝导', '周末大扫除', '爱心妈妈', '巾帼志愿', '关爱留守儿童', '青春护航', '阳光助残'];

/** County teams at the center (one per theme), two township teams per institute, one village team per station. */
export function planTeams(org: OrgPlan): TeamPlan {
  const teams: PlannedTeam[] = [];
  const brands: PlannedBrand[] = [];
  const teamOfUnit = new Int32Array(org.units.length + 1);
  for (const county of org.counties) {
    const firstBrand = brands.length;
    for (const brand of BRANDS.slice(0, 3))
      brands.push({ id: brands.length + 1, name: `${county.name}${brand}（${county.code}）`, orgUnitId: county.centerId });
    for (const u of county.units) {
      if (u.level === 'CENTER') {
        TEAM_THEMES.forEach((theme, k) =>
          teams.push({
            id: teams.length + 1,
            name: `${county.name}${theme}志愿服务队`,
            level: 'COUNTY',
            theme,
            orgUnitId: u.id,
            county: county.index,
            brandProjectId: k < 3 ? firstBrand + k + 1 : null,
          }),
        );
      } else if (u.level === 'INSTITUTE') {
        const place = u.name.replace('新时代文明实践所', '');
        teamOfUnit[u.id] = teams.length + 1;
        teams.push({
          id: teams.length + 1,
          name: `${place}党员志愿服务队`,
          level: 'TOWNSHIP',
          theme: '党员',
          orgUnitId: u.id,
          county: county.index,
          brandProjectId: null,
        });
        teams.push({
          id: teams.length + 1,
          name: `${place}文明劝导志愿服务队`,
          level: 'TOWNSHIP',
          theme: '文明劝导',
          orgUnitId: u.id,
          county: county.index,
          brandProjectId: null,
        });
      } else if (u.level === 'STATION') {
        teamOfUnit[u.id] = teams.length + 1;
        teams.push({
          id: teams.length + 1,
          name: `${u.name.replace('新时代文明实践站', '')}志愿服务队`,
          level: 'VILLAGE',
          theme: '其他',
          orgUnitId: u.id,
          county: county.index,
          brandProjectId: null,
        });
      }
    }
  }
  return { teams, brands, teamOfUnit };
}
