import { Column, Entity } from 'typeorm';
import { OwnedRecordEntity } from '../shared/owned-record';

/** A saved GraphQL operation row (分析查询), with the variables it runs with. */
@Entity({ name: 'saved_query' })
export class SavedQueryEntity extends OwnedRecordEntity {
  @Column({ type: 'text' })
  query: string;

  @Column({ type: 'text', nullable: true })
  variables: string | null;
}
