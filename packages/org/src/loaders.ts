import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '@civic/subgraph-kit';
import { coverageLoader } from './coverage/coverage.loader';
import { designationsByUnitLoader } from './designation/designation.loader';
import { createDesignationApplicationLoaders } from './designation-application/designation-application.loader';
import { createJointMeetingLoaders } from './joint-meeting/joint-meeting.loader';
import { createOrgUnitLoaders } from './org-unit/org-unit.loader';
import { createRegionLoaders } from './region/region.loader';
import { createVenueLoaders } from './venue/venue.loader';

export function createOrgLoaders(db: DataSource) {
  return {
    ...createOrgUnitLoaders(db),
    ...createRegionLoaders(db),
    ...createVenueLoaders(db),
    ...createDesignationApplicationLoaders(db),
    ...createJointMeetingLoaders(db),
    designationsByUnit: designationsByUnitLoader(db),
    coverage: coverageLoader(db),
  };
}

export type OrgLoaders = ReturnType<typeof createOrgLoaders>;
export type OrgContext = SubgraphContext<OrgLoaders>;
