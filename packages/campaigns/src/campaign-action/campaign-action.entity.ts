import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A named sub-action of a campaign, e.g. one of the ten customs-reform actions (十大行动之一). */
@Entity({ name: 'campaign_action' })
export class CampaignActionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'campaign_id', type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  ordinal: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** When it was retired: kept for the events filed under it, left out of lists and new events. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;
}
