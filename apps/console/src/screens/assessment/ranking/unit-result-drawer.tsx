import { Button, Descriptions, Drawer, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Term } from '../../../shared/vocabulary';
import { formatIndicatorValue, fractionInWords, noValueReason } from '../indicator-words';
import { EvidenceRows } from './evidence-rows';
import { formatPoints, type IndicatorColumn, type IndicatorResult, type RankingRow, type SchemeIndicator } from './ranking-model';

export interface UnitResultDrawerProps {
  schemeId: string;
  /** The unit open; the drawer is closed without one. */
  row: RankingRow | undefined;
  unitCount: number;
  columns: IndicatorColumn[];
  indicators: SchemeIndicator[];
  sourceLabels: readonly Term[];
  onClose(): void;
}

interface IndicatorLine {
  column: IndicatorColumn;
  indicator: SchemeIndicator;
  result: IndicatorResult | undefined;
}

/** 分子/分母 in words, or why there is no value (nothing to divide by). */
function fractionOf({ indicator, result }: IndicatorLine): string {
  return result && result.denominator > 0
    ? fractionInWords(indicator.kind, result.numerator, result.denominator)
    : noValueReason(indicator.kind);
}

/**
 * One unit's result: each indicator's value against its target, weight and score, with what was
 * divided by what in words; an indicator opens the rows its numerator adds up (考核依据).
 */
export function UnitResultDrawer({ schemeId, row, unitCount, columns, indicators, sourceLabels, onClose }: UnitResultDrawerProps) {
  const [picked, setPicked] = useState<{ unitId: string; indicatorId: string } | null>(null);
  const lines: IndicatorLine[] = columns.flatMap((column) => {
    const indicator = indicators.find((i) => i.id === column.indicatorId);
    return indicator ? [{ column, indicator, result: row?.results[column.indicatorId] }] : [];
  });
  const open = picked && row && picked.unitId === row.unitId ? lines.find((line) => line.indicator.id === picked.indicatorId) : undefined;
  return (
    <Drawer
      open={Boolean(row)}
      onClose={onClose}
      size={960}
      title={row ? `${row.name} · 考核详情` : ''}
      aria-label={row ? `${row.name} · 考核详情` : undefined}
      destroyOnHidden
    >
      {row && (
        <>
          <Descriptions
            size="small"
            column={3}
            items={[
              { key: 'rank', label: '排名', children: `第 ${row.rank} 名（共 ${unitCount} 个）` },
              { key: 'total', label: '总得分', children: `${row.totalScore.toFixed(2)} 分` },
              { key: 'max', label: '满分', children: `${formatPoints(row.maxScore)} 分` },
            ]}
          />
          <Table<IndicatorLine>
            aria-label={`${row.name}各项指标得分`}
            rowKey={(line) => line.indicator.id}
            size="small"
            bordered
            pagination={false}
            dataSource={lines}
            style={{ marginTop: 12 }}
            columns={[
              {
                key: 'indicator',
                title: '指标',
                render: (_: unknown, line) => (
                  <>
                    <div>{line.column.label}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {line.indicator.formula}
                    </Typography.Text>
                  </>
                ),
              },
              {
                key: 'value',
                title: '指标值',
                width: 120,
                align: 'right',
                onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
                render: (_: unknown, line) => formatIndicatorValue(line.indicator.kind, line.result?.value),
              },
              {
                key: 'target',
                title: '目标值',
                width: 120,
                align: 'right',
                onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
                render: (_: unknown, line) => formatIndicatorValue(line.indicator.kind, line.indicator.target),
              },
              {
                key: 'weight',
                title: '权重',
                width: 64,
                align: 'right',
                render: (_: unknown, line) => `${formatPoints(line.indicator.weight)}分`,
              },
              {
                key: 'score',
                title: '得分',
                width: 64,
                align: 'right',
                render: (_: unknown, line) => <strong>{(line.result?.score ?? 0).toFixed(2)}</strong>,
              },
              {
                key: 'fraction',
                title: '分子 / 分母',
                width: 250,
                render: (_: unknown, line) => fractionOf(line),
              },
              {
                key: 'rows',
                title: '考核依据',
                width: 88,
                render: (_: unknown, line) => (
                  <Button
                    size="small"
                    type={line.indicator.id === open?.indicator.id ? 'primary' : 'default'}
                    onClick={() => setPicked({ unitId: row.unitId, indicatorId: line.indicator.id })}
                    aria-label={`查看依据：${line.column.label}`}
                  >
                    查看依据
                  </Button>
                ),
              },
            ]}
          />
          {open && (
            <EvidenceRows
              key={`${row.unitId}:${open.indicator.id}`}
              schemeId={schemeId}
              unitId={row.unitId}
              kind={open.indicator.kind}
              title={`${open.column.label} · 考核依据`}
              fraction={fractionOf(open)}
              sourceLabels={sourceLabels}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
