import { Card, Col, Row, Space, Typography } from 'antd';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { PeriodPicker } from '../../../shared/pickers/period-picker';
import { usePeriodParam } from '../period-params';
import { UnitSummaryPanel, type GapChoice } from './unit-summary-panel';
import { UnitTree } from './unit-tree';

/** 阵地概况: the unit tree with each unit's figures, and the picked unit's coverage gaps and venues. */
export function OrgOverviewPage() {
  const [params, setParams] = useSearchParams();
  const [period, setPeriod] = usePeriodParam();
  const selectedId = params.get('unit') ?? undefined;
  const gaps: GapChoice = {
    campaignId: params.get('campaign') ?? undefined,
    level: params.get('gapLevel') === 'INSTITUTE' ? 'INSTITUTE' : 'STATION',
  };
  const update = useCallback(
    (changes: Record<string, string | undefined>) =>
      setParams(
        (before) => {
          const after = new URLSearchParams(before);
          for (const [key, value] of Object.entries(changes)) {
            if (value) after.set(key, value);
            else after.delete(key);
          }
          return after;
        },
        { replace: true },
      ),
    [setParams],
  );
  const onRoots = useCallback(
    (roots: { id: string }[]) => {
      if (!selectedId && roots[0]) update({ unit: roots[0].id });
    },
    [selectedId, update],
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            阵地概况
          </Typography.Title>
          <Space>
            <Typography.Text>统计期间</Typography.Text>
            <PeriodPicker value={period} onChange={setPeriod} />
          </Space>
        </Space>
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={11}>
          <Card title="阵地树" extra={<Typography.Text type="secondary">数字为本级及下级合计</Typography.Text>}>
            {/* The tree scrolls within its card, so the picked unit's panel stays in view beside it. */}
            <div
              tabIndex={0}
              role="region"
              aria-label="阵地树（可滚动）"
              style={{ maxHeight: 'calc(100vh - 260px)', minHeight: 360, overflowY: 'auto' }}
            >
              <UnitTree period={period} selectedId={selectedId} onSelect={(unit) => update({ unit: unit.id })} onRoots={onRoots} />
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={13}>
          {selectedId && (
            <UnitSummaryPanel
              unitId={selectedId}
              period={period}
              gaps={gaps}
              onGapsChange={(next) => update({ campaign: next.campaignId, gapLevel: next.level === 'STATION' ? undefined : next.level })}
            />
          )}
        </Col>
      </Row>
    </Space>
  );
}
