import { ConnectionType } from '@civic/subgraph-kit';
import { Enrollment } from './enrollment.type';

export const EnrollmentConnection = ConnectionType(Enrollment, 'Enrollment', 'enrollments (报名学员)');
