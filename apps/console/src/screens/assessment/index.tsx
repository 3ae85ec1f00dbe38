import { AccessibleColors } from '../../shared/accessible-colors';
import { AssessmentPage } from './assessment-page';

/** 考核评比 (/console/assessment): a scheme's ranking and the figures behind it, its indicators, inspections and recognitions. */
export default function AssessmentScreen() {
  return (
    <AccessibleColors>
      <AssessmentPage />
    </AccessibleColors>
  );
}
