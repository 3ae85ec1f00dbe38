import { Route, Routes } from 'react-router';
import { ViewEditorPage } from './builder/view-editor-page';
import { ViewListPage } from './pages/view-list-page';
import { ViewPage } from './pages/view-page';

/** 看板搭建: the saved views visible to the caller, a new one, one to look at, one to edit. */
export default function ViewsScreen() {
  return (
    <Routes>
      <Route index element={<ViewListPage />} />
      <Route path="new" element={<ViewEditorPage />} />
      <Route path=":viewId" element={<ViewPage />} />
      <Route path=":viewId/edit" element={<ViewEditorPage />} />
    </Routes>
  );
}
