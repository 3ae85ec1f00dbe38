import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireSession } from '../auth/require-session';
import { Loading } from '../shared/loading';
import { ConsoleLayout, RoleHome } from './shell/console-layout';

// Each screen is its own chunk: the first screen loads only what it shows (sign-in included: a
// signed-in user opening a link never loads the sign-in form).
const SignInPage = lazy(() => import('../auth/sign-in-page'));
const CampaignsScreen = lazy(() => import('../screens/campaigns'));
const CampaignWallPage = lazy(() => import('../screens/campaigns/campaign-wall-page'));
const ViewsScreen = lazy(() => import('../screens/views'));
const ViewWallPage = lazy(() => import('../screens/views/view-wall-page'));
const PublicViewPage = lazy(() => import('../screens/views/public-view-page'));
const AnalysisScreen = lazy(() => import('../screens/analysis'));
const OrgScreen = lazy(() => import('../screens/org'));
const RecordingScreen = lazy(() => import('../screens/recording'));
const AssessmentScreen = lazy(() => import('../screens/assessment'));

function page(element: ReactNode): ReactNode {
  return <Suspense fallback={<Loading />}>{element}</Suspense>;
}

export const router = createBrowserRouter(
  [
    { path: '/sign-in', element: page(<SignInPage />) },
    // A shared view's public link: no token, no personal data (the API gives anonymous callers aggregates only).
    { path: '/public/:shareKey', element: page(<PublicViewPage />) },
    { path: '/wall/campaign', element: <RequireSession>{page(<CampaignWallPage />)}</RequireSession> },
    { path: '/wall/view/:viewId', element: <RequireSession>{page(<ViewWallPage />)}</RequireSession> },
    {
      path: '/',
      element: (
        <RequireSession>
          <ConsoleLayout />
        </RequireSession>
      ),
      children: [
        { index: true, element: <RoleHome /> },
        { path: 'campaigns/*', element: <CampaignsScreen /> },
        { path: 'views/*', element: <ViewsScreen /> },
        { path: 'analysis/*', element: <AnalysisScreen /> },
        { path: 'org/*', element: <OrgScreen /> },
        { path: 'recording/*', element: <RecordingScreen /> },
        { path: 'assessment/*', element: <AssessmentScreen /> },
      ],
    },
  ],
  { basename: '/console' },
);
