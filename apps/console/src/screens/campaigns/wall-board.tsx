import { useMemo } from 'react';
import { EChart } from '../../shared/charts/echart';
import { barOption, lineOption, pieOption } from '../../shared/charts/chart-options';
import type { ChartOption } from '../../shared/charts/echarts-core';
import type { ConsoleCampaignViewEventsQuery, ConsoleCampaignViewFiguresQuery } from '../../gql/graphql';
import { chinaDate, formatCount } from '../../shared/labels';
import { describeData, kindData, monthData, percentOf, shortUnitName, type Gauge, type Headline, type UnitBreakdown } from './chart-data';
import { targetGaugeOption } from './gauge-option';
import { wallOption } from './wall-chart-options';
import { asCountChart } from './count-chart';
import './campaign-wall.css';

type Figures = ConsoleCampaignViewFiguresQuery;

export interface WallBoardProps {
  campaign: NonNullable<Figures['campaign']>;
  unit: NonNullable<Figures['orgUnit']>;
  vocabulary: Figures['vocabulary'];
  /** The months the trend covers: the period, else the campaign's. */
  monthSpan: { from?: string | null; to?: string | null };
  headline: Headline;
  gauges: Gauge[];
  units: UnitBreakdown;
  events: ConsoleCampaignViewEventsQuery | undefined;
}

/** The wall's panels: figures and gauges on top, the breakdowns, then the trend and the latest events. */
export function WallBoard({ campaign, unit, vocabulary, monthSpan, headline, gauges, units, events }: WallBoardProps) {
  const venues = useMemo(() => kindData(unit.byVenueType, vocabulary.venueType), [unit.byVenueType, vocabulary.venueType]);
  const formats = useMemo(() => kindData(unit.byFormat, vocabulary.eventFormat), [unit.byFormat, vocabulary.eventFormat]);
  const { from: monthsFrom, to: monthsTo } = monthSpan;
  const months = useMemo(() => monthData(unit.byMonth, { from: monthsFrom, to: monthsTo }), [unit.byMonth, monthsFrom, monthsTo]);
  const options = useMemo(
    () => ({
      venues: wallOption(pieOption(venues)),
      formats: wallOption(asCountChart(barOption(formats, { unit: '场' }))),
      months: wallOption(asCountChart(lineOption(months, { unit: '场' }))),
      units: wallOption(asCountChart(barOption(units.data, { horizontal: true }))),
    }),
    [venues, formats, months, units],
  );
  const tiles = [
    {
      label: '活动场次',
      value: headline.eventCount,
      unit: '场',
      note: campaign.eventTarget ? `目标 ${formatCount(campaign.eventTarget)} 场` : '',
    },
    { label: '受众人次', value: headline.audienceTotal, unit: '人次', note: '' },
    { label: '参与志愿者', value: headline.volunteerCount, unit: '人', note: '' },
    {
      label: '开展活动的实践站',
      value: headline.stationsWithEvents,
      unit: '个',
      note: `共 ${formatCount(headline.stationCount)} 个实践站`,
    },
  ];

  return (
    <div className="campaign-wall">
      <section className="campaign-wall__figures" aria-label="核心指标">
        {tiles.map((tile) => (
          <div className="campaign-wall__tile" key={tile.label}>
            <div className="campaign-wall__label">{tile.label}</div>
            <div className="campaign-wall__figure-line">
              <span className="wall-figure">{formatCount(tile.value)}</span>
              <span className="campaign-wall__unit">{tile.unit}</span>
            </div>
            <div className="campaign-wall__note">{tile.note}</div>
          </div>
        ))}
        {gauges.slice(0, 2).map((gauge) => (
          <WallGauge key={gauge.key} gauge={gauge} />
        ))}
      </section>
      <WallChart
        className="campaign-wall__venues"
        title="按场所类型（五进）"
        option={options.venues}
        ariaLabel={describeData('活动场次按场所类型', venues)}
      />
      <WallChart
        className="campaign-wall__units"
        title={units.title}
        option={options.units}
        ariaLabel={describeData(`活动场次${units.title}`, units.data)}
      />
      <WallChart
        className="campaign-wall__formats"
        title="按活动形式"
        option={options.formats}
        ariaLabel={describeData('活动场次按活动形式', formats)}
      />
      <WallChart
        className="campaign-wall__months"
        title="按月份"
        option={options.months}
        ariaLabel={describeData('活动场次按月份', months)}
      />
      <section className="campaign-wall__panel campaign-wall__latest" aria-label="最新活动">
        <h2>最新活动</h2>
        <ol>
          {events?.campaignEvents.edges.map(({ node }) => (
            <li key={node.id}>
              <span className="campaign-wall__date">{chinaDate(node.heldAt).slice(5)}</span>
              <span className="campaign-wall__event">{node.title}</span>
              <span className="campaign-wall__host">{shortUnitName(node.host.name)}</span>
              <span className="campaign-wall__audience">{formatCount(node.audienceCount)}人次</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function WallChart({ className, title, option, ariaLabel }: { className: string; title: string; option: ChartOption; ariaLabel: string }) {
  return (
    <section className={`campaign-wall__panel ${className}`} aria-label={title}>
      <h2>{title}</h2>
      <EChart option={option} theme="dark" ariaLabel={ariaLabel} style={{ height: '100%', minHeight: 0 }} />
    </section>
  );
}

function WallGauge({ gauge }: { gauge: Gauge }) {
  const option = useMemo(() => wallOption(targetGaugeOption(gauge, { wall: true })), [gauge]);
  const percent = percentOf(gauge.value, gauge.target);
  return (
    <div className="campaign-wall__tile campaign-wall__gauge">
      <EChart option={option} theme="dark" style={{ width: 120, height: 120, flex: 'none' }} ariaLabel={`${gauge.title}：${percent}%`} />
      <div>
        <div className="campaign-wall__label">{gauge.title}</div>
        <div className="campaign-wall__figure-line">
          <span className="wall-figure">{percent}</span>
          <span className="campaign-wall__unit">%</span>
        </div>
        <div className="campaign-wall__note">
          {formatCount(gauge.value)}/{formatCount(gauge.target)}
        </div>
      </div>
    </div>
  );
}
