import type { DesignationKind } from '../designation/designation-kind.enum';
import { type OrgLevel } from '@civic/subgraph-kit';
import type { RegionLevel } from '../region/region-level.enum';
import type { VenueKind } from '../venue/venue-kind.enum';

export interface PlannedRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface PlannedDesignation {
  kind: DesignationKind;
  title: string;
  grantedBy: string;
  grantedOn: string;
}

export interface PlannedUnit {
  code: string;
  name: string;
  level: OrgLevel;
  parentCode: string | null;
  regionCode: string | null;
  establishedOn: string | null;
  department?: string;
  address?: string;
  latitude?: number;
  longitude?: number;
  contactName?: string;
  contactTitle?: string;
  contactPhone?: string;
  designations: PlannedDesignation[];
}

export interface PlannedVenue {
  unitCode: string;
  name: string;
  kind: VenueKind;
  openingHours?: string;
  capacity?: number;
}

/** Demo data for the org subgraph, in plain values; `seed-demo.ts` writes it. */
export interface DemoPlan {
  regions: PlannedRegion[];
  units: PlannedUnit[];
  venues: PlannedVenue[];
}
