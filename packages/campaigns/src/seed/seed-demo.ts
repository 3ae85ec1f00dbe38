import type { DataSource } from 'typeorm';
import { unitIdsByCode } from '@civic/org-tree';
import { seedOnce } from '@civic/subgraph-kit';
import { findHostUnits } from './host-units';
import { seedHuidongGroupsAndActions } from './huidong-groups-actions';
import { setHuidongOnlineReach } from './huidong-online-reach';
import { HUIDONG_CAMPAIGNS as H } from './huidong.data';
import { insertCampaignWithEvents } from './insert-events';
import { seedHuidongCalendar } from './huidong-calendar';
import { seedTongchuan } from './tongchuan';
import { seedTongchuanPeopleAndWorks } from './tongchuan-people-works';
import { TONGCHUAN } from './tongchuan.data';

/**
 * Loads the demo campaigns, each part once (a database seeded before a part existed gets just that
 * part): Huidong's 2021 campaigns and events, then their lecture groups, customs-reform actions and
 * measures, and the online lectures' reach, then Tongchuan's; then Huidong's activity calendar with its themed-day events at the
 * sub-centers, and Tongchuan's role model, works, speakers, online reach and red-site venues. Needs
 * the org demo data.
 */
export async function seedCampaignsDemo(db: DataSource): Promise<boolean> {
  const huidong = await seedOnce(db, 'campaigns', 'huidong-2021', async (manager) => {
    const hosts = await findHostUnits(manager, H.centerCode, H.cultureSubCenterCode);
    await insertCampaignWithEvents(manager, H.lecture, hosts.centerId, hosts, 1);
    await insertCampaignWithEvents(manager, H.redFilm, hosts.cultureSubCenterId, hosts, 2);
    await insertCampaignWithEvents(manager, H.customsReform, hosts.centerId, hosts, 3);
  });
  const groups = await seedOnce(db, 'campaigns', 'huidong-2021-groups-actions', (manager) =>
    seedHuidongGroupsAndActions(manager, H.centerCode),
  );
  const onlineReach = await seedOnce(db, 'campaigns', 'huidong-2021-online-reach', (manager) => setHuidongOnlineReach(manager));
  const tongchuanCenter = await unitIdByCode(db, TONGCHUAN.centerCode);
  const tongchuan =
    tongchuanCenter !== null && (await seedOnce(db, 'campaigns', 'tongchuan-2021', (manager) => seedTongchuan(manager, tongchuanCenter)));
  const calendar = await seedOnce(db, 'campaigns', 'huidong-2021-calendar', (manager) => seedHuidongCalendar(manager));
  const people =
    tongchuanCenter !== null &&
    (await seedOnce(db, 'campaigns', 'tongchuan-2021-people-works', (manager) => seedTongchuanPeopleAndWorks(manager, tongchuanCenter)));
  return huidong || groups || onlineReach || tongchuan || calendar || people;
}

async function unitIdByCode(db: DataSource, code: string): Promise<number | null> {
  return (await unitIdsByCode(db, [code])).get(code) ?? null;
}
