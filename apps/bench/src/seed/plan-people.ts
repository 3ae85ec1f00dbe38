import { LAST_DAY } from './calendar';
import type { OrgPlan } from './plan-org';
import type { ScaleProfile } from './profiles';
import { apportion, randomStream, WeightedSampler } from './random';

/** Where every volunteer lives, when they registered and how much they serve, in typed arrays (index = id - 1). */
export interface PeoplePlan {
  count: number;
  homeUnit: Int32Array;
  county: Int32Array;
  registeredDay: Int32Array;
  recordCount: Uint16Array;
  /** Volunteer ids grouped by county: ids of county c are byCounty[offset[c] .. offset[c+1]). */
  byCounty: Int32Array;
  countyOffset: Int32Array;
  /** Campaign events are numbered county by county: county c owns ids eventStart[c] .. eventStart[c+1]-1. */
  eventStart: Int32Array;
}

const MAX_WEIGHT = 150;

/**
 * Volunteers spread over units by county size and a per-unit spread, registering from 2019 to mid-2026;
 * service is heavy-tailed: three in ten never served, most served a few times, a few hundreds of times.
 */
export function planPeople(profile: ScaleProfile, org: OrgPlan, seed: number): PeoplePlan {
  const random = randomStream(seed, 'people');
  const n = profile.volunteers;
  const countyTotal = org.counties.map((c) => c.units.reduce((sum, u) => sum + u.weight, 0));
  const unitWeights = org.units.map((u) => (u.weight / countyTotal[u.county]) * org.counties[u.county].weight);
  const sampler = new WeightedSampler(unitWeights);
  const homeUnit = new Int32Array(n);
  const county = new Int32Array(n);
  const registeredDay = new Int32Array(n);
  const serviceWeight = new Float32Array(n);
  let weightSum = 0;
  const lastRegistration = LAST_DAY - 120;
  for (let i = 0; i < n; i++) {
    const unit = org.units[sampler.draw(random)];
    homeUnit[i] = unit.id;
    county[i] = unit.county;
    // More people registered in later years: the square root bends registrations towards the end.
    registeredDay[i] = Math.floor(Math.sqrt(random()) * lastRegistration);
    const w = random() < 0.3 ? 0 : Math.min(MAX_WEIGHT, Math.pow(Math.max(random(), 1e-9), -1 / 1.7) - 1);
    serviceWeight[i] = w;
    weightSum += w;
  }
  const recordCount = new Uint16Array(n);
  const scale = profile.serviceRecords / weightSum;
  for (let i = 0; i < n; i++) {
    const wanted = Math.floor(serviceWeight[i] * scale + random());
    recordCount[i] = Math.min(wanted, LAST_DAY - registeredDay[i], 60_000);
  }

  const countyOffset = new Int32Array(org.counties.length + 1);
  for (let i = 0; i < n; i++) countyOffset[county[i] + 1] += 1;
  for (let c = 0; c < org.counties.length; c++) countyOffset[c + 1] += countyOffset[c];
  const fill = countyOffset.slice(0, org.counties.length);
  const byCounty = new Int32Array(n);
  for (let i = 0; i < n; i++) byCounty[fill[county[i]]++] = i + 1;

  const events = apportion(
    profile.campaignEvents,
    org.counties.map((c) => c.weight),
    Math.min(8, Math.floor(profile.campaignEvents / org.counties.length)),
  );
  const eventStart = new Int32Array(org.counties.length + 1);
  eventStart[0] = 1;
  for (let c = 0; c < org.counties.length; c++) eventStart[c + 1] = eventStart[c] + events[c];

  return { count: n, homeUnit, county, registeredDay, recordCount, byCounty, countyOffset, eventStart };
}

/** A volunteer of county c, drawn uniformly. */
export function volunteerOfCounty(people: PeoplePlan, c: number, random: () => number): number {
  const from = people.countyOffset[c];
  const size = people.countyOffset[c + 1] - from;
  return size === 0 ? 0 : people.byCounty[from + Math.floor(random() * size)];
}
