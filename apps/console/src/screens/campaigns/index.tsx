import { Route, Routes } from 'react-router';
import { CampaignViewPage } from './campaign-view-page';

/** 活动看板 (/console/campaigns): the campaign view, its whole state in the URL. */
export default function CampaignsScreen() {
  return (
    <Routes>
      <Route index element={<CampaignViewPage />} />
    </Routes>
  );
}
