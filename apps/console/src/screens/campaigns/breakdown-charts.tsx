import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { barOption, lineOption, pieOption } from '../../shared/charts/chart-options';
import type { ConsoleCampaignViewFiguresQuery } from '../../gql/graphql';
import { ChartCard } from './chart-card';
import { describeData, kindData, monthData, unitBreakdown } from './chart-data';
import { FigureList } from './figure-list';
import { asCountChart } from './count-chart';
import { UnitTable } from './unit-table';

type Figures = ConsoleCampaignViewFiguresQuery;

export interface BreakdownChartsProps {
  unit: NonNullable<Figures['orgUnit']>;
  vocabulary: Figures['vocabulary'];
  /** The months the trend covers: the period, else the campaign's. */
  monthSpan: { from?: string | null; to?: string | null };
  /** Start of the PNGs' file names: the campaign and scope. */
  filePrefix: string;
  /** A unit bar or name was picked: drill into it. */
  onDrill(unitId: string): void;
}

/** The view's four charts: by kind of place (五进), by format, by month, by unit (drillable, with its table). */
export function BreakdownCharts({ unit, vocabulary, monthSpan, filePrefix, onDrill }: BreakdownChartsProps) {
  const venues = useMemo(() => kindData(unit.byVenueType, vocabulary.venueType), [unit.byVenueType, vocabulary.venueType]);
  const formats = useMemo(() => kindData(unit.byFormat, vocabulary.eventFormat), [unit.byFormat, vocabulary.eventFormat]);
  const { from: monthsFrom, to: monthsTo } = monthSpan;
  const months = useMemo(() => monthData(unit.byMonth, { from: monthsFrom, to: monthsTo }), [unit.byMonth, monthsFrom, monthsTo]);
  const units = useMemo(() => unitBreakdown(unit), [unit]);
  const options = useMemo(
    () => ({
      venues: pieOption(venues),
      formats: asCountChart(barOption(formats, { unit: '场' })),
      months: asCountChart(lineOption(months, { unit: '场' })),
      units: asCountChart(barOption(units.data, { horizontal: true })),
    }),
    [venues, formats, months, units],
  );
  const total = (data: { value: number }[]) => data.reduce((sum, d) => sum + d.value, 0);
  const unitHeight = Math.max(320, units.data.length * 24 + 60);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12} xxl={8}>
        <ChartCard
          title="按场所类型（五进）"
          option={options.venues}
          ariaLabel={describeData('活动场次按场所类型', venues)}
          fileName={`${filePrefix}-按场所类型`}
          empty={total(venues) === 0}
        >
          <FigureList data={venues} label="各类场所活动场次" />
        </ChartCard>
      </Col>
      <Col xs={24} lg={12} xxl={8}>
        <ChartCard
          title="按活动形式"
          option={options.formats}
          ariaLabel={describeData('活动场次按活动形式', formats)}
          fileName={`${filePrefix}-按活动形式`}
          empty={total(formats) === 0}
        >
          <FigureList data={formats} label="各种形式活动场次" />
        </ChartCard>
      </Col>
      <Col xs={24} xxl={8}>
        <ChartCard
          title="按月份"
          option={options.months}
          ariaLabel={describeData('活动场次按月份', months)}
          fileName={`${filePrefix}-按月份`}
          empty={total(months) === 0}
        />
      </Col>
      <Col xs={24} xl={14}>
        <ChartCard
          title={`${units.title} · 点击下钻`}
          option={options.units}
          ariaLabel={describeData(`活动场次${units.title}`, units.data)}
          fileName={`${filePrefix}-${units.title}`}
          empty={units.data.length === 0}
          height={unitHeight}
          onItemClick={({ dataIndex }) => {
            const unitId = units.data[dataIndex]?.unitId;
            if (unitId) onDrill(unitId);
          }}
        />
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title={`${units.title}明细`}>
          <UnitTable data={units.data} unitTitle={units.title} height={unitHeight - 8} onDrill={onDrill} />
        </Card>
      </Col>
    </Row>
  );
}
