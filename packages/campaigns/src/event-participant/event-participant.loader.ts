import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupLoader } from '@civic/subgraph-kit';
import { EventParticipantEntity } from './event-participant.entity';

/** The participants of many events, in the order recorded, in one statement. */
export function participantsByEventLoader(db: DataSource): DataLoader<number, EventParticipantEntity[]> {
  const participants = db.getRepository(EventParticipantEntity);
  return groupLoader(
    (eventIds) => participants.find({ where: { eventId: In([...eventIds]) }, order: { eventId: 'ASC', id: 'ASC' } }),
    (participant) => participant.eventId,
  );
}
