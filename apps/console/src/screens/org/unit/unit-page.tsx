import { Alert, Card, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { describeError } from '../../../api/api-error';
import { useGraphQLQuery } from '../../../api/use-graphql';
import { useSignedIn } from '../../../auth/session-context';
import { Loading } from '../../../shared/loading';
import { PeriodPicker } from '../../../shared/pickers/period-picker';
import { CoverageSection } from '../coverage-section';
import { FiguresRow } from '../figures-row';
import { periodInstants, periodLabel, periodVariables, usePeriodParam } from '../period-params';
import { ChildrenTable } from './children-table';
import { EventsTable } from './events-table';
import { TrainingTable } from './training-table';
import { UnitHeader } from './unit-header';
import { UnitPageQuery } from './unit-page-query';
import { VenuesTable } from './venues-table';
import { VolunteerFigures } from './volunteer-figures';

/** 阵地详情: one unit's figures, volunteers, events, training, venues and the units below it. */
export function UnitPage() {
  const { unitId = '' } = useParams();
  const session = useSignedIn();
  const [period, setPeriod] = usePeriodParam();
  const query = useGraphQLQuery(
    UnitPageQuery,
    { id: unitId, ...periodVariables(period), ...periodInstants(period), withRanking: session.role !== 'VOLUNTEER' },
    { placeholderData: (previous) => previous },
  );
  if (query.error) return <Alert type="error" showIcon title={describeError(query.error)} />;
  if (!query.data) return <Loading />;
  const unit = query.data.orgUnit;
  if (!unit) return <Alert type="warning" showIcon title="没有找到该阵地，可能已被删除或编号有误。" />;
  const { vocabulary } = query.data;
  const section = (title: string, content: React.ReactNode, extra?: React.ReactNode) => (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>} extra={extra}>
      {content}
    </Card>
  );
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <UnitHeader unit={unit} />
        <Space style={{ marginTop: 8 }}>
          <Typography.Text>统计期间</Typography.Text>
          <PeriodPicker value={period} onChange={setPeriod} />
          <Typography.Text type="secondary">本级及下级，{periodLabel(period)}</Typography.Text>
        </Space>
        <div style={{ marginTop: 16 }}>
          <FiguresRow unit={unit} />
        </div>
      </Card>
      {section('志愿服务', <VolunteerFigures unit={unit} />)}
      {section(`下级阵地（${unit.children.length}）`, <ChildrenTable units={unit.children} />)}
      {section('近期活动', <EventsTable events={unit.campaignEvents} vocabulary={vocabulary} />)}
      {section('培训项目', <TrainingTable programs={unit.trainingPrograms} vocabulary={vocabulary} />)}
      {section('阵地资源', <VenuesTable venues={unit.venues} vocabulary={vocabulary} />)}
      {unit.coverage && section('覆盖情况', <CoverageSection coverage={unit.coverage} asOf={period.to} />)}
    </Space>
  );
}
