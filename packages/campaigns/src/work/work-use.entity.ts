import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { WorkUseKind } from './work-use-kind.enum';

/** One use of a work by a campaign or by one event (exactly one of the two). */
@Entity({ name: 'work_use' })
export class WorkUseEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'work_id', type: 'int' })
  workId: number;

  @Column({ name: 'campaign_id', type: 'int', nullable: true })
  campaignId: number | null;

  @Column({ name: 'event_id', type: 'int', nullable: true })
  eventId: number | null;

  @Column({ type: 'text' })
  kind: WorkUseKind;
}
