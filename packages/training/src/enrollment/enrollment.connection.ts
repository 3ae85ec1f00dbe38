import { ConnectionType } from '@civic/kernel';
import { Enrollment } from './enrollment.type';

export const EnrollmentConnection = ConnectionType(Enrollment, 'Enrollment', 'enrollments (报名学员)');
