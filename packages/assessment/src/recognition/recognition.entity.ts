import { NUMERIC_TRANSFORMER } from '@civic/subgraph-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RecognitionSubject } from './recognition-subject.enum';

/** A recognition of a scheme's period (评优): a unit, team or volunteer and the title given; for a unit, its rank and score then. */
@Entity({ name: 'recognition' })
export class RecognitionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'scheme_id', type: 'int' })
  schemeId: number;

  @Column({ name: 'subject_kind', type: 'text' })
  subjectKind: RecognitionSubject;

  /** An org unit's, a volunteer team's or a volunteer's id, by subject kind (other subgraphs' rows). */
  @Column({ name: 'subject_id', type: 'int' })
  subjectId: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'rank_at_time', type: 'int', nullable: true })
  rankAtTime: number | null;

  @Column({ name: 'score_at_time', type: 'numeric', precision: 9, scale: 2, nullable: true, transformer: NUMERIC_TRANSFORMER })
  scoreAtTime: number | null;

  /** YYYY-MM-DD. */
  @Column({ name: 'recognized_on', type: 'date' })
  recognizedOn: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
