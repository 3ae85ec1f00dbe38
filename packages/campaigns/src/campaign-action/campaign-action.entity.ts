import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

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
}
