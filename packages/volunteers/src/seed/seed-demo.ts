import type { DataSource } from 'typeorm';
import { seedOnce } from '@civic/subgraph-kit';
import { HUIDONG_VOLUNTEERS as H } from './huidong.data';
import { insertMobilisations } from './mobilisations';
import { insertActivities, insertOrders } from './orders-and-activities';
import { insertVillageOrders } from './village-orders';
import { insertBonuses, insertExchangesAndRedemptions, setCountyPointsRate } from './points';
import { sealDemoResidentIds } from './resident-ids';
import { appointLeaders, insertBrandProjects, insertMemberships, insertTeams } from './teams';
import { insertTongchuanServiceRecords, insertTongchuanTeams, insertTongchuanVolunteers } from './tongchuan';
import { homeUnits, insertServiceRecords, insertVolunteers, totalServiceHours } from './volunteers';

/**
 * Loads Huidong's volunteer service once (needs the org demo data): three tiers of teams, 90,000
 * volunteers over the stations and institutes, 200,000+ approved hours from July 2020 to December
 * 2021 (each earning its points at the county's 10 an hour, through the ledger's trigger), brand
 * projects, memberships, activities and service orders in every status, the 2021 special-period
 * mobilisations; then Tongchuan's child docents (volunteers 90001–90080) in their two lecture
 * groups. Then, once as well (a database seeded before points existed gets them too), the bonuses,
 * the exchanges and the redemptions of 2021; and the residents' orders at the village stations of every
 * township in 2021. Every bulk step is one set-based statement.
 */
export async function seedVolunteersDemo(db: DataSource): Promise<boolean> {
  const service = await seedOnce(db, 'volunteers', 'huidong-2021', async (manager) => {
    const homes = await homeUnits(manager, H.centerCode);
    await setCountyPointsRate(manager);
    await insertTeams(manager);
    await insertVolunteers(manager, homes);
    await insertTongchuanVolunteers(manager);
    await sealDemoResidentIds(manager);
    await insertMemberships(manager);
    await insertTongchuanTeams(manager, H.volunteerCount + 1);
    await appointLeaders(manager);
    await insertServiceRecords(manager);
    await insertTongchuanServiceRecords(manager);
    await totalServiceHours(manager);
    await insertBrandProjects(manager);
    await insertActivities(manager);
    await insertOrders(manager);
    await insertMobilisations(manager);
  });
  const points = await seedOnce(db, 'volunteers', 'huidong-points-2021', async (manager) => {
    await setCountyPointsRate(manager);
    await insertBonuses(manager);
    await insertExchangesAndRedemptions(manager);
  });
  const villageOrders = await seedOnce(db, 'volunteers', 'huidong-village-orders-2021', insertVillageOrders);
  return service || points || villageOrders;
}
