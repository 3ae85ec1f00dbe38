import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ParticipantRole } from './participant-role.enum';

/** A named person at an event: a speaker, guest, host, performer … (活动出席人员). */
@Entity({ name: 'event_participant' })
export class EventParticipantEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'event_id', type: 'int' })
  eventId: number;

  @Column({ type: 'text' })
  role: ParticipantRole;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  position: string | null;

  @Column({ name: 'volunteer_id', type: 'int', nullable: true })
  volunteerId: number | null;

  @Column({ name: 'role_model_id', type: 'int', nullable: true })
  roleModelId: number | null;
}
