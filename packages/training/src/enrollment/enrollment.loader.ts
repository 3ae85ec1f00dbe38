import type { DataSource } from 'typeorm';
import { groupLoader } from '@civic/subgraph-kit';
import { TrainingProgramEntity } from '../training-program/training-program.entity';
import { EnrollmentEntity } from './enrollment.entity';

export function createEnrollmentLoaders(db: DataSource) {
  return {
    /** Each volunteer's enrollments, earliest program first, for any number of volunteers in one statement. */
    enrollmentsByVolunteer: groupLoader<number, EnrollmentEntity>(
      (volunteerIds) =>
        db
          .getRepository(EnrollmentEntity)
          .createQueryBuilder('enrollment')
          .innerJoin(TrainingProgramEntity, 'program', 'program.id = enrollment.program_id')
          .where('enrollment.volunteer_id = ANY(:ids)', { ids: [...volunteerIds] })
          .orderBy('program.starts_on', 'ASC')
          .addOrderBy('enrollment.id', 'ASC')
          .getMany(),
      (row) => row.volunteerId as number,
    ),
  };
}
