import { Card, Empty, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import type { ConsoleAssessmentSchemeQuery } from '../../../gql/graphql';
import { EChart } from '../../../shared/charts/echart';
import { chinaDateTime } from '../../../shared/labels';
import { labelOf } from '../../../shared/vocabulary';
import { rankingChartHeight, rankingChartOption } from './ranking-chart';
import { formatPoints, indicatorColumns, rankingRows, type SchemeDetail } from './ranking-model';
import { RankingTable } from './ranking-table';
import { UnitResultDrawer } from './unit-result-drawer';

export interface RankingSectionProps {
  scheme: SchemeDetail;
  vocabulary: ConsoleAssessmentSchemeQuery['vocabulary'];
  /** The unit whose result is open in the drawer. */
  openUnitId?: string;
  onOpenUnit(unitId: string | undefined): void;
  refreshing: boolean;
}

/** 排名: the ranked units with their scores by indicator, as a table and as stacked bars; a unit opens its figures. */
export function RankingSection({ scheme, vocabulary, openUnitId, onOpenUnit, refreshing }: RankingSectionProps) {
  const columns = useMemo(() => indicatorColumns(scheme.indicators, vocabulary.assessmentIndicatorKind), [scheme, vocabulary]);
  const rows = useMemo(() => rankingRows(scheme.ranking), [scheme]);
  const option = useMemo(() => rankingChartOption(rows, columns), [rows, columns]);
  const levelLabel = labelOf(vocabulary.rankedLevel, scheme.rankedLevel);
  const open = rows.find((row) => row.unitId === openUnitId);
  if (rows.length === 0) return <Empty description={`${scheme.ownerUnit.name}下暂无参加考核的${levelLabel}`} />;
  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">
        共 {rows.length} 个{levelLabel}参加排名，满分 {formatPoints(scheme.weightTotal)} 分；数据截至 {chinaDateTime(scheme.rankingAsOf)}
        （约每分钟更新，调整分值、目标值后立即生效），点击单位名称查看各项指标及考核依据。
      </Typography.Text>
      <RankingTable rows={rows} columns={columns} loading={refreshing} onOpenUnit={onOpenUnit} />
      <Card size="small" title="总得分构成（按指标）">
        <EChart
          option={option}
          ariaLabel={`各${levelLabel}总得分按指标构成的堆叠条形图`}
          style={{ height: rankingChartHeight(rows.length) }}
          onItemClick={({ dataIndex }) => onOpenUnit(rows[dataIndex]?.unitId)}
        />
      </Card>
      <UnitResultDrawer
        schemeId={scheme.id}
        row={open}
        unitCount={rows.length}
        columns={columns}
        sourceLabels={vocabulary.assessmentEvidenceSource}
        indicators={scheme.indicators}
        onClose={() => onOpenUnit(undefined)}
      />
    </Flex>
  );
}
