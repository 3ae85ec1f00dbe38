import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { idLoader } from '@civic/subgraph-kit';
import { idsByKeyLoader } from '../shared/ids-by-key.loader';
import { CampaignEventEntity } from './campaign-event.entity';

export function campaignEventByIdLoader(db: DataSource) {
  const events = db.getRepository(CampaignEventEntity);
  return idLoader((ids) => events.findBy({ id: In(ids) }));
}

/** The ids of the volunteers who served at many events, in one statement. */
export function eventVolunteerIdsLoader(db: DataSource): DataLoader<number, number[]> {
  return idsByKeyLoader(
    db,
    `SELECT event_id AS key, volunteer_id AS id FROM campaigns.event_volunteer WHERE event_id = ANY($1::int[]) ORDER BY event_id, volunteer_id`,
  );
}
