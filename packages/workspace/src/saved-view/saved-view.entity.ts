import { Column, Entity } from 'typeorm';
import { OwnedRecordEntity } from '../shared/owned-record';

/** A saved view row (看板): the console's panel layout as JSON text, which the server stores but does not read. */
@Entity({ name: 'saved_view' })
export class SavedViewEntity extends OwnedRecordEntity {
  @Column({ type: 'text' })
  definition: string;

  /** The key of its public read-only link; null while it is not shared. */
  @Column({ name: 'share_key', type: 'text', nullable: true, unique: true })
  shareKey: string | null;
}
