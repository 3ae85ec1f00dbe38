import type { Queryable } from '@civic/org-tree';
import { RecognitionSubject } from '../recognition-subject.enum';

/**
 * Where a team or a volunteer belongs, read from the volunteers subgraph's tables (the only place
 * this subgraph's writes read them): the team's unit, the volunteer's home unit; undefined when there
 * is no such team or volunteer, null for a volunteer registered at no unit.
 */
const HOME_UNIT: Record<Exclude<RecognitionSubject, RecognitionSubject.UNIT>, string> = {
  [RecognitionSubject.TEAM]: 'SELECT org_unit_id AS unit_id FROM volunteers.volunteer_team WHERE id = $1',
  [RecognitionSubject.VOLUNTEER]: 'SELECT home_unit_id AS unit_id FROM volunteers.volunteer WHERE id = $1',
};

export async function homeUnitOf(
  db: Queryable,
  kind: RecognitionSubject.TEAM | RecognitionSubject.VOLUNTEER,
  id: number,
): Promise<number | null | undefined> {
  const [row] = (await db.query(HOME_UNIT[kind], [id])) as { unit_id: number | null }[];
  return row?.unit_id;
}
