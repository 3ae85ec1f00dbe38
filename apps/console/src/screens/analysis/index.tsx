import { Navigate, Route, Routes } from 'react-router';
import { WorkbenchPage } from './workbench-page';

/** 数据分析: the analysts' workbench, the platform's one GraphQL explorer (/console/analysis). */
export default function AnalysisScreen() {
  return (
    <Routes>
      <Route index element={<WorkbenchPage />} />
      <Route path="*" element={<Navigate to="/analysis" replace />} />
    </Routes>
  );
}
