import { In, type DataSource } from 'typeorm';
import { childPagesLoader, groupLoader } from '@civic/subgraph-kit';
import type { RecognitionSubject } from './recognition-subject.enum';
import { RecognitionEntity } from './recognition.entity';
import { recognitionOrdering } from './recognition-order.input';

/** The key of a subject of recognitions: its kind and its id in its own subgraph. */
export const subjectKey = (kind: RecognitionSubject, id: number | string) => `${kind}:${id}`;

export function createRecognitionLoaders(db: DataSource) {
  const recognitions = db.getRepository(RecognitionEntity);
  return {
    /** Pages of many schemes' recognitions, in the asked order, in one statement per page shape. */
    recognitionsOfScheme: childPagesLoader<RecognitionEntity>(db, {
      from: (schemes) => `assessment.recognition recognition WHERE recognition.scheme_id = ANY(${schemes})`,
      parentId: 'recognition.scheme_id',
      childId: 'recognition.id',
      sortKeys: recognitionOrdering(null).keys,
      load: (ids) => recognitions.findBy({ id: In(ids) }),
    }),
    /** Every recognition of many subjects (keys of `subjectKey`), latest given first, in one statement. */
    recognitionsOfSubject: groupLoader<string, RecognitionEntity>(
      (keys) =>
        recognitions
          .createQueryBuilder('r')
          .where('(r.subject_kind, r.subject_id) IN (SELECT * FROM unnest(CAST(:kinds AS text[]), CAST(:ids AS int[])))', {
            kinds: keys.map((key) => key.split(':')[0]),
            ids: keys.map((key) => Number(key.split(':')[1])),
          })
          .orderBy('r.recognized_on', 'DESC')
          .addOrderBy('r.id', 'DESC')
          .getMany(),
      (row) => subjectKey(row.subjectKind, row.subjectId),
    ),
  };
}
