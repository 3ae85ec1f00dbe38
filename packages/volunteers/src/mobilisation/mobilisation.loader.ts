import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { childPagesLoader, groupLoader, idLoader } from '@civic/subgraph-kit';
import { pathWithin, UNIT_TREE } from '@civic/org-tree';
import { ServiceRecordEntity } from '../service-record/service-record.entity';
import { VolunteerEntity } from '../volunteer/volunteer.entity';
import { calledUpVolunteers } from './called-up.sql';
import { MobilisationEntity } from './mobilisation.entity';
import { MOBILISATIONS_LATEST_FIRST } from './mobilisation-order';

export interface MobilisationHours {
  approvedHours: number;
  recordCount: number;
}

/** SQL: the mobilisation aliased `mobilisation` has an area unit at, above or below the unit aliased `unit`. */
export const AREA_REACHES_UNIT = `EXISTS (
  SELECT 1 FROM volunteers.mobilisation_area a JOIN ${UNIT_TREE} au ON au.id = a.org_unit_id
  WHERE a.mobilisation_id = mobilisation.id AND ((${pathWithin('au.path', 'unit.path')}) OR (${pathWithin('unit.path', 'au.path')})))`;

export function createMobilisationLoaders(db: DataSource) {
  const mobilisations = db.getRepository(MobilisationEntity);
  const volunteers = db.getRepository(VolunteerEntity);
  const records = db.getRepository(ServiceRecordEntity);
  return {
    mobilisationById: idLoader((ids) => mobilisations.findBy({ id: In(ids) })),
    /** The area's units of many mobilisations, in one statement. */
    mobilisationArea: groupLoader<number, { mobilisationId: number; orgUnitId: number }>(
      (ids) =>
        db.query(
          `SELECT mobilisation_id AS "mobilisationId", org_unit_id AS "orgUnitId" FROM volunteers.mobilisation_area
           WHERE mobilisation_id = ANY($1::int[]) ORDER BY org_unit_id`,
          [ids],
        ),
      (row) => row.mobilisationId,
    ),
    /** The teams called up by many mobilisations, in one statement (the teams themselves through teamById). */
    mobilisationTeamIds: groupLoader<number, { mobilisationId: number; teamId: number }>(
      (ids) =>
        db.query(
          `SELECT mobilisation_id AS "mobilisationId", team_id AS "teamId" FROM volunteers.mobilisation_team
           WHERE mobilisation_id = ANY($1::int[]) ORDER BY team_id`,
          [ids],
        ),
      (row) => row.mobilisationId,
    ),
    /** Approved hours and records counted toward many mobilisations, in one statement. */
    mobilisationHours: new DataLoader<number, MobilisationHours>(async (ids) => {
      const rows: { id: number; hours: string; records: number }[] = await db.query(
        `SELECT m.id, coalesce(sum(r.hours) FILTER (WHERE r.status = 'APPROVED'), 0) AS hours,
                (count(r.id) FILTER (WHERE r.status = 'APPROVED'))::int AS records
         FROM unnest($1::int[]) AS m(id)
         LEFT JOIN volunteers.mobilisation_service s ON s.mobilisation_id = m.id
         LEFT JOIN volunteers.service_record r ON r.id = s.service_record_id
         GROUP BY m.id`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id, { approvedHours: Number(r.hours), recordCount: r.records }]));
      return ids.map((id) => byId.get(id) ?? { approvedHours: 0, recordCount: 0 });
    }),
    /** How many volunteers many mobilisations called up (by name or by team), in one statement. */
    mobilisationVolunteerCount: new DataLoader<number, number>(async (ids) => {
      const rows: { id: number; n: number }[] = await db.query(
        `SELECT c.mobilisation_id AS id, count(*)::int AS n FROM ${calledUpVolunteers('$1::int[]')} c GROUP BY c.mobilisation_id`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id, r.n]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
    /** Each mobilisation's called-up volunteers (over the alias `volunteer`), paginated: for a list of mobilisations at once. */
    mobilisationVolunteerPages: childPagesLoader<VolunteerEntity>(db, {
      from: (ids) => `${calledUpVolunteers(ids)} called JOIN volunteers.volunteer volunteer ON volunteer.id = called.volunteer_id`,
      parentId: 'called.mobilisation_id',
      childId: 'called.volunteer_id',
      sortKeys: [{ expression: 'volunteer.id', value: (row) => row.id }],
      load: (ids) => volunteers.findBy({ id: In(ids) }),
    }),
    /** Each mobilisation's counted service records (over the alias `record`), paginated. */
    mobilisationRecordPages: childPagesLoader<ServiceRecordEntity>(db, {
      from: (ids) =>
        `volunteers.mobilisation_service counted JOIN volunteers.service_record record ON record.id = counted.service_record_id
         WHERE counted.mobilisation_id = ANY(${ids})`,
      parentId: 'counted.mobilisation_id',
      childId: 'record.id',
      sortKeys: [{ expression: 'record.id', value: (row) => row.id }],
      load: (ids) => records.findBy({ id: In(ids) }),
    }),
    /** The mobilisations whose area reaches each unit (at, above or below it), latest first, paginated. */
    unitMobilisationPages: childPagesLoader<MobilisationEntity>(db, {
      from: (unitIds) =>
        `${UNIT_TREE} unit JOIN volunteers.mobilisation mobilisation ON ${AREA_REACHES_UNIT} WHERE unit.id = ANY(${unitIds})`,
      parentId: 'unit.id',
      childId: 'mobilisation.id',
      sortKeys: MOBILISATIONS_LATEST_FIRST.keys,
      load: (ids) => mobilisations.findBy({ id: In(ids) }),
    }),
  };
}
