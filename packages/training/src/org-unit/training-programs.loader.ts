import { In, type DataSource } from 'typeorm';
import { groupLoader } from '@civic/subgraph-kit';
import { TrainingProgramEntity } from '../training-program/training-program.entity';

/** The programs each unit organised, earliest first, for any number of units in one statement. */
export function trainingProgramsByOrganizerLoader(db: DataSource) {
  const programs = db.getRepository(TrainingProgramEntity);
  return groupLoader<number, TrainingProgramEntity>(
    (unitIds) => programs.find({ where: { organizerUnitId: In([...unitIds]) }, order: { startsOn: 'ASC', id: 'ASC' } }),
    (row) => row.organizerUnitId,
  );
}
