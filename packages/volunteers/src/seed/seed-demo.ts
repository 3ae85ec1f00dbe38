import type { DataSource } from 'typeorm';
import { seedOnce } from '@civic/subgraph-kit';
import { HUIDONG_VOLUNTEERS as H } from './huidong.data';
import { insertActivities, insertOrders } from './orders-and-activities';
import { sealDemoResidentIds } from './resident-ids';
import { insertBrandProjects, insertMemberships, insertTeams } from './teams';
import { homeUnits, insertServiceRecords, insertVolunteers } from './volunteers';

/**
 * Loads Huidong's volunteer service once (needs the org demo data): three tiers of teams, 90,000
 * volunteers over the stations and institutes, 200,000+ approved hours, brand projects, memberships,
 * activities and service orders in every status. Every bulk step is one set-based statement.
 */
export function seedVolunteersDemo(db: DataSource): Promise<boolean> {
  return seedOnce(db, 'volunteers', 'huidong-2021', async (manager) => {
    const homes = await homeUnits(manager, H.centerCode);
    await insertTeams(manager);
    await insertVolunteers(manager, homes);
    await sealDemoResidentIds(manager);
    await insertServiceRecords(manager);
    await insertMemberships(manager);
    await insertBrandProjects(manager);
    await insertActivities(manager);
    await insertOrders(manager);
  });
}
