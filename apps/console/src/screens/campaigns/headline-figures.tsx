import { Card, Col, Row, Statistic } from 'antd';
import { useMemo } from 'react';
import { EChart } from '../../shared/charts/echart';
import { formatCount } from '../../shared/labels';
import { percentOf, type Gauge, type Headline } from './chart-data';
import { targetGaugeOption } from './gauge-option';

/** The view's headline figures (核心指标) and its target gauges (目标完成度). */
export function HeadlineFigures({
  figures,
  gauges,
  eventTarget,
  campaignEventCount,
}: {
  figures: Headline;
  gauges: Gauge[];
  /** The campaign's target, when the scope holds all its events. */
  eventTarget?: number | null;
  campaignEventCount: number;
}) {
  const eventNote = eventTarget
    ? `目标 ${formatCount(eventTarget)} 场`
    : campaignEventCount !== figures.eventCount
      ? `全活动共 ${formatCount(campaignEventCount)} 场`
      : '全活动场次';
  const tiles = [
    { title: '活动场次', value: figures.eventCount, suffix: '场', note: eventNote },
    { title: '受众人次', value: figures.audienceTotal, suffix: '人次', note: '各场受众合计' },
    { title: '参与志愿者', value: figures.volunteerCount, suffix: '人', note: '去重后人数' },
    {
      title: '开展活动的实践站',
      value: figures.stationsWithEvents,
      suffix: `/ ${formatCount(figures.stationCount)} 个`,
      note: `${formatCount(figures.stationCount - figures.stationsWithEvents)} 个站尚未开展`,
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Row gutter={[16, 16]} role="list" aria-label="核心指标">
          {tiles.map((tile) => (
            <Col key={tile.title} xs={12} role="listitem">
              <Card size="small">
                <Statistic title={tile.title} value={tile.value} suffix={tile.suffix} formatter={(value) => formatCount(Number(value))} />
                <div className="headline-note">{tile.note}</div>
              </Card>
            </Col>
          ))}
        </Row>
      </Col>
      <Col xs={24} xl={12}>
        <Row gutter={[16, 16]}>
          {gauges.map((gauge) => (
            <Col key={gauge.key} xs={24 / Math.min(Math.max(gauges.length, 1), 3)}>
              <Card size="small" title={gauge.title}>
                <GaugeChart gauge={gauge} />
              </Card>
            </Col>
          ))}
        </Row>
      </Col>
    </Row>
  );
}

function GaugeChart({ gauge }: { gauge: Gauge }) {
  const option = useMemo(() => targetGaugeOption(gauge), [gauge]);
  return (
    <EChart
      option={option}
      style={{ height: 176 }}
      ariaLabel={`${gauge.title}：${percentOf(gauge.value, gauge.target)}%（${formatCount(gauge.value)}/${formatCount(gauge.target)}）`}
    />
  );
}
