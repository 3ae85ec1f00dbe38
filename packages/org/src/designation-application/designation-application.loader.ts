import { In, type DataSource } from 'typeorm';
import { childPagesLoader, groupLoader, idLoader } from '@civic/subgraph-kit';
import type { ApplicationState } from './application-state.enum';
import { DesignationEntity } from '../designation/designation.entity';
import { ApplicationStepEntity } from './application-step.entity';
import { DesignationApplicationEntity } from './designation-application.entity';
import { designationApplicationOrdering } from './designation-application-order.input';

export function createDesignationApplicationLoaders(db: DataSource) {
  const applications = db.getRepository(DesignationApplicationEntity);
  const steps = db.getRepository(ApplicationStepEntity);
  return {
    designationApplicationById: idLoader((ids) => applications.findBy({ id: In(ids) })),
    designationById: idLoader((ids) => db.getRepository(DesignationEntity).findBy({ id: In(ids) })),
    /** Each application's steps, oldest first, for many applications in one statement. */
    applicationSteps: groupLoader<number, ApplicationStepEntity>(
      (ids) => steps.find({ where: { applicationId: In([...ids]) }, order: { id: 'ASC' } }),
      (row) => row.applicationId,
    ),
    /** Each unit's own applications (optionally in one state), in the order asked (over the alias `application`), paginated, for many units at once. */
    applicationPagesByUnit: childPagesLoader<DesignationApplicationEntity, ApplicationState | null>(db, {
      from: (unitIds, state, bind) =>
        `org.designation_application application WHERE application.applicant_unit_id = ANY(${unitIds})` +
        (state ? ` AND application.state = ${bind(state)}` : ''),
      parentId: 'application.applicant_unit_id',
      childId: 'application.id',
      sortKeys: designationApplicationOrdering(null).keys,
      load: (ids) => applications.findBy({ id: In(ids) }),
    }),
  };
}
