import type { DataSource } from 'typeorm';
import { seedOnce } from '@civic/kernel';
import { findHostUnits } from './host-units';
import { HUIDONG_CAMPAIGNS as H } from './huidong.data';
import { insertCampaignWithEvents } from './insert-events';

/** Loads Huidong's 2021 campaigns and their events once; needs the org demo data. */
export function seedCampaignsDemo(db: DataSource): Promise<boolean> {
  return seedOnce(db, 'campaigns', 'huidong-2021', async (manager) => {
    const hosts = await findHostUnits(manager, H.centerCode, H.cultureSubCenterCode);
    await insertCampaignWithEvents(manager, H.lecture, hosts.centerId, hosts, 1);
    await insertCampaignWithEvents(manager, H.redFilm, hosts.cultureSubCenterId, hosts, 2);
    await insertCampaignWithEvents(manager, H.customsReform, hosts.centerId, hosts, 3);
  });
}
