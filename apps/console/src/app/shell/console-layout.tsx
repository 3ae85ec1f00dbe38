import {
  BarChartOutlined,
  ClusterOutlined,
  DashboardOutlined,
  EditOutlined,
  LayoutOutlined,
  LogoutOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useGraphQLQuery } from '../../api/use-graphql';
import { ROLE_SCREENS, SCREEN_LABELS, type ScreenKey } from '../../auth/role-menus';
import { ROLE_LABELS } from '../../auth/session';
import { useSession, useSignedIn } from '../../auth/session-context';
import { graphql } from '../../gql';
import { Loading } from '../../shared/loading';

const ICONS: Record<ScreenKey, ReactNode> = {
  campaigns: <DashboardOutlined />,
  views: <LayoutOutlined />,
  analysis: <BarChartOutlined />,
  org: <ClusterOutlined />,
  recording: <EditOutlined />,
  assessment: <TrophyOutlined />,
};

const OwnUnit = graphql(`
  query ConsoleOwnUnit($code: String!) {
    orgUnitByCode(code: $code) {
      id
      name
    }
  }
`);

/** The console's frame: the role's menu on the left, who is signed in on top, the screen beside. */
export function ConsoleLayout() {
  const session = useSignedIn();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const unit = useGraphQLQuery(
    OwnUnit,
    { code: session.orgUnitCode ?? '' },
    { enabled: Boolean(session.orgUnitCode), staleTime: Infinity },
  );
  const selected = location.pathname.split('/')[1] ?? '';
  const items = ROLE_SCREENS[session.role].map((key) => ({ key, icon: ICONS[key], label: SCREEN_LABELS[key] }));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0}>
        <div style={{ padding: '16px 20px', fontWeight: 700, fontSize: 16 }}>新时代文明实践</div>
        <nav aria-label="主菜单">
          <Menu mode="inline" selectedKeys={[selected]} items={items} onClick={({ key }) => void navigate(`/${key}`)} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 24px', display: 'flex', justifyContent: 'flex-end' }}>
          <Space>
            <Typography.Text>
              {ROLE_LABELS[session.role]}
              {unit.data?.orgUnitByCode ? ` · ${unit.data.orgUnitByCode.name}` : ''}
            </Typography.Text>
            <Button icon={<LogoutOutlined />} onClick={signOut}>
              退出
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** Where a role lands after sign-in: the first screen of its menu. */
export function RoleHome() {
  const session = useSignedIn();
  const navigate = useNavigate();
  const first = ROLE_SCREENS[session.role][0];
  queueMicrotask(() => void navigate(`/${first}`, { replace: true }));
  return <Loading />;
}
