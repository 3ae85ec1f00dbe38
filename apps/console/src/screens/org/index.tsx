import { Route, Routes } from 'react-router';
import { AccessibleColors } from '../../shared/accessible-colors';
import { OrgOverviewPage } from './overview/org-overview-page';
import { UnitPage } from './unit/unit-page';

/** 阵地概况: the unit tree with figures (/org) and a unit's own page (/org/:unitId). */
export default function OrgScreen() {
  return (
    <AccessibleColors>
      <Routes>
        <Route index element={<OrgOverviewPage />} />
        <Route path=":unitId" element={<UnitPage />} />
      </Routes>
    </AccessibleColors>
  );
}
