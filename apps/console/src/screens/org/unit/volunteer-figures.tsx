import { Card, Col, Empty, List, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { barOption, lineOption, pieOption } from '../../../shared/charts/chart-options';
import { EChart } from '../../../shared/charts/echart';
import { formatCount } from '../../../shared/labels';
import type { UnitPageData } from './unit-types';

/** 志愿服务: hours month by month, volunteers by kind and by star level, and the top volunteers by hours. */
export function VolunteerFigures({ unit }: { unit: UnitPageData }) {
  // Months as YYYY-MM: a trend over many months reads as a line, and short names leave the axis room.
  const hours = useMemo(
    () =>
      lineOption(
        unit.hoursByMonth.map((c) => ({ name: c.keys[0].key, value: c.hours })),
        { unit: '小时' },
      ),
    [unit],
  );
  const kinds = useMemo(
    () =>
      pieOption(unit.volunteersByKind.filter((c) => c.volunteerCount > 0).map((c) => ({ name: c.keys[0].label, value: c.volunteerCount }))),
    [unit],
  );
  const stars = useMemo(
    () =>
      barOption(
        unit.volunteersByStar.map((c) => ({ name: c.keys[0].label, value: c.volunteerCount })),
        { unit: '人' },
      ),
    [unit],
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title="服务时长（按月）" size="small">
          {unit.hoursByMonth.length === 0 ? (
            <Empty description="暂无服务时长" />
          ) : (
            <EChart option={hours} ariaLabel="按月服务时长折线图" style={{ height: 260 }} />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title="志愿者类别（在册）" size="small">
          <EChart option={kinds} ariaLabel="志愿者类别饼图" style={{ height: 260 }} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title="星级志愿者（在册）" size="small">
          <EChart option={stars} ariaLabel="志愿者星级分布柱状图" style={{ height: 240 }} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title="服务时长排行" size="small">
          <TopVolunteers ranking={unit.topVolunteers} />
        </Card>
      </Col>
    </Row>
  );
}

function TopVolunteers({ ranking }: { ranking: UnitPageData['topVolunteers'] }) {
  if (!ranking) return <Typography.Text type="secondary">志愿者排行仅供工作人员查看。</Typography.Text>;
  if (ranking.length === 0) return <Empty description="暂无服务记录" />;
  return (
    <List
      size="small"
      dataSource={ranking}
      renderItem={(row) => (
        <List.Item extra={`${formatCount(row.hours)} 小时`}>
          <span>
            {row.rank}. {row.volunteer.name}
            {row.volunteer.starLevel > 0 && <Typography.Text type="secondary">（{row.volunteer.starLevel} 星）</Typography.Text>}
          </span>
        </List.Item>
      )}
    />
  );
}
