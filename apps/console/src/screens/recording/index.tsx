import { Alert, Card, Tabs, Typography } from 'antd';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ROLE_RECORDING } from '../../auth/role-menus';
import { useSignedIn } from '../../auth/session-context';
import { AccessibleColors } from '../../shared/accessible-colors';
import { Loading } from '../../shared/loading';
import { useOwnUnit } from '../../shared/use-own-unit';
import { RecordEventForm } from './event/record-event-form';
import { RecentRecordsPage } from './records/recent-records-page';
import { RecordServiceForm } from './service/record-service-form';

type RecordingTab = 'event' | 'service' | 'records';

const TAB_LABELS: Record<RecordingTab, string> = { event: '登记活动', service: '录入服务时长', records: '近期记录' };

/** 数据录入: the forms station staff fill in, as far as the signed-in role may write. */
export default function RecordingScreen() {
  const session = useSignedIn();
  const allowed = ROLE_RECORDING[session.role];
  const own = useOwnUnit();
  const navigate = useNavigate();
  const location = useLocation();

  const tabs: RecordingTab[] = [...(allowed.events ? (['event'] as const) : []), ...(allowed.service ? (['service'] as const) : [])];
  if (tabs.length === 0) {
    return (
      <Alert
        type="info"
        showIcon
        title="当前角色只读，没有录入权限。"
        description="活动场次和服务时长由实践站（所）工作人员、阵地管理员录入。"
      />
    );
  }
  tabs.push('records');
  if (own.loading) return <Loading />;
  if (own.error) return <Alert type="error" showIcon title="无法读取本单位信息，请稍后重试。" />;
  const unitId = own.unit?.id;
  const active = tabs.find((t) => location.pathname.endsWith(`/recording/${t}`)) ?? tabs[0];

  return (
    <AccessibleColors>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
          数据录入{own.unit ? ` · ${own.unit.name}` : ''}
        </Typography.Title>
        <Tabs
          activeKey={active}
          onChange={(key) => void navigate(`/recording/${key}`)}
          items={tabs.map((key) => ({ key, label: TAB_LABELS[key] }))}
        />
        <Routes>
          <Route index element={<Navigate to={tabs[0]} replace />} />
          {allowed.events && <Route path="event" element={<RecordEventForm ownUnitId={unitId} />} />}
          {allowed.service && <Route path="service" element={<RecordServiceForm ownUnitId={unitId} />} />}
          <Route path="records" element={<RecentRecordsPage unitId={unitId} service={allowed.service} />} />
          <Route path="*" element={<Navigate to={tabs[0]} replace />} />
        </Routes>
      </Card>
    </AccessibleColors>
  );
}
