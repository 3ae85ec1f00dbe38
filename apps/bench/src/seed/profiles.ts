/**
 * Sizes of the synthetic data sets. `province` is the benchmark's target scale (about 183 counties, 3,000
 * institutes, 30,000 stations, 3,000,000 volunteers, 10,000,000 service records, 300,000 campaign
 * events, 10,000 training programs); `county` is one thirtieth of it in one county (about
 * Huidong's size: 90,000+ registered volunteers); `city` sits between.
 */
export interface ScaleProfile {
  name: ProfileName;
  counties: number;
  institutes: number;
  stations: number;
  volunteers: number;
  serviceRecords: number;
  campaignEvents: number;
  trainingPrograms: number;
}

export const PROFILE_NAMES = ['county', 'city', 'province'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export const PROFILES: Record<ProfileName, ScaleProfile> = {
  county: {
    name: 'county',
    counties: 1,
    institutes: 19,
    stations: 204,
    volunteers: 100_000,
    serviceRecords: 333_000,
    campaignEvents: 10_000,
    trainingPrograms: 330,
  },
  city: {
    name: 'city',
    counties: 12,
    institutes: 200,
    stations: 2_000,
    volunteers: 400_000,
    serviceRecords: 1_333_000,
    campaignEvents: 40_000,
    trainingPrograms: 1_300,
  },
  province: {
    name: 'province',
    counties: 183,
    institutes: 3_000,
    stations: 30_000,
    volunteers: 3_000_000,
    serviceRecords: 10_000_000,
    campaignEvents: 300_000,
    trainingPrograms: 10_000,
  },
};

export function isProfileName(value: string): value is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(value);
}
