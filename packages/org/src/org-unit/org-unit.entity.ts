import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { NUMERIC_TRANSFORMER, OrgLevel } from '@civic/subgraph-kit';

/**
 * A unit of the hierarchy. `path` is the materialised path of ids from the root ("/1/5/23/"):
 * subtree queries are one indexed prefix match, and other subgraphs read it through the
 * published view declared in @civic/org-tree.
 */
@Entity({ name: 'org_unit' })
export class OrgUnitEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  level: OrgLevel;

  @Column({ name: 'parent_id', type: 'int', nullable: true })
  parentId: number | null;

  /** Maintained by the database (insert trigger) and by moves, never written directly. */
  @Column({ type: 'text', insert: false, update: false })
  path: string;

  @Column({ type: 'int', insert: false, update: false })
  depth: number;

  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: string | null;

  /** The county department that runs a sub-center (主办部门); required for SUB_CENTER. */
  @Column({ type: 'text', nullable: true })
  department: string | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: NUMERIC_TRANSFORMER })
  latitude: number | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: NUMERIC_TRANSFORMER })
  longitude: number | null;

  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_title', type: 'text', nullable: true })
  contactTitle: string | null;

  /** Personal data: returned only through the kernel's masking rules. */
  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ name: 'established_on', type: 'date', nullable: true })
  establishedOn: string | null;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** How many times it has been edited; an edit names the version it read. */
  @VersionColumn()
  version: number;

  /** The name spelled in pinyin for search, kept by a database trigger. */
  @Column({ name: 'search_key', type: 'text', select: false, insert: false, update: false })
  searchKey?: string;

  /** Ids of the ancestors, root first (excluding the unit itself). */
  ancestorIds(): number[] {
    return this.path.split('/').filter(Boolean).map(Number).slice(0, -1);
  }
}
