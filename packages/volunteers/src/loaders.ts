import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '@civic/subgraph-kit';
import { createActivityLoaders } from './activity/activity.loader';
import { createBrandProjectLoaders } from './brand-project/brand-project.loader';
import { createCertificateLoaders } from './certificate/certificate.loader';
import { createExchangeLoaders } from './exchange/exchange.loader';
import { createMobilisationLoaders } from './mobilisation/mobilisation.loader';
import { monthlyHoursLoader } from './org-unit/monthly-hours.loader';
import { createPointsLoaders } from './points/points.loader';
import { volunteerStatsLoader } from './org-unit/volunteer-stats.loader';
import { serviceRecordPagesLoader } from './service-record/service-record-pages.loader';
import { createServiceRequestLoaders } from './service-request/service-request.loader';
import { createTeamLoaders } from './team/team.loader';
import { volunteerByIdLoader } from './volunteer/volunteer.loader';

export function createVolunteersLoaders(db: DataSource) {
  return {
    volunteerById: volunteerByIdLoader(db),
    volunteerStats: volunteerStatsLoader(db),
    monthlyHours: monthlyHoursLoader(db),
    serviceRecordPages: serviceRecordPagesLoader(db),
    ...createTeamLoaders(db),
    ...createBrandProjectLoaders(db),
    ...createActivityLoaders(db),
    ...createServiceRequestLoaders(db),
    ...createCertificateLoaders(db),
    ...createMobilisationLoaders(db),
    ...createPointsLoaders(db),
    ...createExchangeLoaders(db),
  };
}

export type VolunteersLoaders = ReturnType<typeof createVolunteersLoaders>;
export type VolunteersContext = SubgraphContext<VolunteersLoaders>;
