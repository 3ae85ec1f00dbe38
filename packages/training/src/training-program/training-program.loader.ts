import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { idLoader } from '@civic/subgraph-kit';
import { EnrollmentEntity } from '../enrollment/enrollment.entity';
import { TrainingProgramEntity } from './training-program.entity';

export function createTrainingProgramLoaders(db: DataSource) {
  const programs = db.getRepository(TrainingProgramEntity);
  return {
    trainingProgramById: idLoader((ids) => programs.findBy({ id: In(ids) })),
    participantCount: participantCountLoader(db),
  };
}

/** Enrollments per program, for any number of programs in one statement. */
function participantCountLoader(db: DataSource): DataLoader<number, number> {
  return new DataLoader<number, number>(async (programIds) => {
    const rows = await db
      .getRepository(EnrollmentEntity)
      .createQueryBuilder('enrollment')
      .select('enrollment.program_id', 'programId')
      .addSelect('count(*)::int', 'count')
      .where('enrollment.program_id IN (:...programIds)', { programIds: [...programIds] })
      .groupBy('enrollment.program_id')
      .getRawMany<{ programId: number; count: number }>();
    const byProgram = new Map(rows.map((row) => [row.programId, row.count]));
    return programIds.map((id) => byProgram.get(id) ?? 0);
  });
}
