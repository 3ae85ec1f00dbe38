import { Column, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/**
 * The columns every saved record shares: a name, who saved it and for which org unit, and its
 * version. Saved views and saved queries extend it with what they hold.
 */
export abstract class OwnedRecordEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The org unit (org subgraph) it belongs to; null when an unscoped role saved it. */
  @Column({ name: 'owner_unit_id', type: 'int', nullable: true })
  ownerUnitId: number | null;

  /** The token subject of whoever saved it first. */
  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  /** Full pinyin and initials of the name, kept by a trigger for name search. */
  @Column({ name: 'search_key', type: 'text', select: false, insert: false, update: false })
  searchKey?: string;
}
