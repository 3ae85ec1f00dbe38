import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { EventFormat } from './event-format.enum';
import type { VenueType } from './venue-type.enum';

/** One session held under a campaign (活动场次). Host is an org unit id from the org subgraph. */
@Entity({ name: 'campaign_event' })
export class CampaignEventEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'campaign_id', type: 'int' })
  campaignId: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'held_at', type: 'timestamptz' })
  heldAt: Date;

  @Column({ type: 'text' })
  format: EventFormat;

  @Column({ name: 'venue_type', type: 'text' })
  venueType: VenueType;

  @Column({ name: 'host_unit_id', type: 'int' })
  hostUnitId: number;

  @Column({ name: 'audience_count', type: 'int' })
  audienceCount: number;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ name: 'lecture_group_id', type: 'int', nullable: true })
  lectureGroupId: number | null;

  @Column({ name: 'action_id', type: 'int', nullable: true })
  actionId: number | null;

  @Column({ name: 'work_brand_id', type: 'int', nullable: true })
  workBrandId: number | null;

  /** The org subgraph's venue it was held at, e.g. a red education site (照金纪念馆). */
  @Column({ name: 'venue_id', type: 'int', nullable: true })
  venueId: number | null;

  /** Reach of an online event: views, people taking part online, the platform. Null offline. */
  @Column({ name: 'online_views', type: 'int', nullable: true })
  onlineViews: number | null;

  @Column({ name: 'online_participants', type: 'int', nullable: true })
  onlineParticipants: number | null;

  @Column({ name: 'online_platform', type: 'text', nullable: true })
  onlinePlatform: string | null;

  /** When it was voided; a voided event counts in no figure and stays for the record. */
  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  /** Full pinyin and initials of the title, kept by a trigger for name search. */
  @Column({ name: 'search_key', type: 'text', select: false, insert: false, update: false })
  searchKey?: string;
}
