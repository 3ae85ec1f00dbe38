import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { CampaignKind } from './campaign-kind.enum';

/** A campaign row (宣传活动). Dates stay YYYY-MM-DD strings; the organiser is an org unit id from the org subgraph. */
@Entity({ name: 'campaign' })
export class CampaignEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: CampaignKind;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ name: 'organizer_unit_id', type: 'int' })
  organizerUnitId: number;

  @Column({ name: 'event_target', type: 'int', nullable: true })
  eventTarget: number | null;

  @Column({ name: 'audience_target', type: 'int', nullable: true })
  audienceTarget: number | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When it was closed to new events; null while open. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  /** Full pinyin and initials of the name, kept by a trigger for name search. */
  @Column({ name: 'search_key', type: 'text', select: false, insert: false, update: false })
  searchKey?: string;
}
