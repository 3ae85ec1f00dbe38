import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import type { ServiceRecordStatus } from '../../../gql/graphql';
import { RecentEvents } from './recent-events';
import { RecentServiceRecords } from './recent-service-records';

/** 近期记录: what was recorded in the caller's subtree, to correct (更正), void (作废) or review (审核). */
export function RecentRecordsPage({ unitId, service }: { unitId?: string; service: boolean }) {
  const [params, setParams] = useSearchParams();
  const tab = service && params.get('tab') === 'service' ? 'service' : 'events';
  const status = (params.get('status') as ServiceRecordStatus | null) ?? undefined;
  return (
    <Tabs
      destroyOnHidden
      activeKey={tab}
      onChange={(key) => setParams(key === 'service' ? { tab: 'service' } : {}, { replace: true })}
      items={[
        { key: 'events', label: '活动场次', children: <RecentEvents unitId={unitId} /> },
        ...(service
          ? [{ key: 'service', label: '服务记录', children: <RecentServiceRecords unitId={unitId} initialStatus={status} /> }]
          : []),
      ]}
    />
  );
}
