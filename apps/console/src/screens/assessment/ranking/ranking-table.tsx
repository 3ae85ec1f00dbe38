import { Button, Table, type TableColumnsType } from 'antd';
import { ToneTag } from '../../../shared/tone-tag';
import { formatPoints, type IndicatorColumn, type RankingRow } from './ranking-model';

/** Widths that fit the rank, the unit, the total and seven indicators beside the menu on a 1440-pixel screen; narrower ones scroll. */
const RANK_WIDTH = 68;
const UNIT_WIDTH = 196;
const TOTAL_WIDTH = 84;
const INDICATOR_WIDTH = 112;

const byNumber = (pick: (row: RankingRow) => number) => (a: RankingRow, b: RankingRow) => pick(a) - pick(b);

/** The ranking table: 排名, 单位, 总得分 and one column per indicator, every column sortable. */
export function RankingTable({
  rows,
  columns,
  loading,
  onOpenUnit,
}: {
  rows: RankingRow[];
  columns: IndicatorColumn[];
  loading: boolean;
  onOpenUnit(unitId: string): void;
}) {
  const tableColumns: TableColumnsType<RankingRow> = [
    {
      key: 'rank',
      title: '排名',
      dataIndex: 'rank',
      width: RANK_WIDTH,
      fixed: 'left',
      align: 'center',
      defaultSortOrder: 'ascend',
      sorter: byNumber((row) => row.rank),
      render: (rank: number) => (rank <= 3 ? <ToneTag tone="brand">{rank}</ToneTag> : rank),
    },
    {
      key: 'unit',
      title: '单位',
      width: UNIT_WIDTH,
      fixed: 'left',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (_: unknown, row) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={() => onOpenUnit(row.unitId)}
          aria-label={`查看${row.name}的考核详情`}
        >
          {row.name}
        </Button>
      ),
    },
    {
      key: 'total',
      title: '总得分',
      dataIndex: 'totalScore',
      width: TOTAL_WIDTH,
      align: 'right',
      sorter: byNumber((row) => row.totalScore),
      render: (total: number) => <strong>{total.toFixed(2)}</strong>,
    },
    ...columns.map((column): TableColumnsType<RankingRow>[number] => ({
      key: column.indicatorId,
      // The weight kept on one line: (20 / 分) split over two reads badly.
      title: (
        <span title={column.title}>
          {column.label} <span style={{ whiteSpace: 'nowrap' }}>({formatPoints(column.weight)}分)</span>
        </span>
      ),
      width: INDICATOR_WIDTH,
      align: 'right',
      sorter: byNumber((row) => row.scores[column.indicatorId] ?? 0),
      render: (_: unknown, row) => (row.scores[column.indicatorId] ?? 0).toFixed(2),
    })),
  ];
  return (
    <Table<RankingRow>
      aria-label="考核排名"
      rowKey="unitId"
      size="small"
      bordered
      loading={loading}
      dataSource={rows}
      columns={tableColumns}
      pagination={false}
      tableLayout="fixed"
      scroll={{ x: RANK_WIDTH + UNIT_WIDTH + TOTAL_WIDTH + columns.length * INDICATOR_WIDTH }}
      showSorterTooltip={{ title: '点击排序' }}
    />
  );
}
