import { Button, Table } from 'antd';
import { formatCount } from '../../shared/labels';
import type { UnitDatum } from './chart-data';
import './campaign-view.css';

/**
 * The breakdown by unit as a table beside its chart: every figure readable, and each unit a link
 * that drills into it (the keyboard's way to do what a click on a bar does).
 */
export function UnitTable({
  data,
  unitTitle,
  height,
  onDrill,
}: {
  data: UnitDatum[];
  unitTitle: string;
  height: number;
  onDrill(unitId: string): void;
}) {
  return (
    <Table<UnitDatum>
      size="small"
      rowKey={(row) => row.unitId ?? 'self'}
      dataSource={data}
      pagination={false}
      scroll={{ y: height }}
      aria-label={`各单位活动情况（${unitTitle}）`}
      columns={[
        {
          key: 'name',
          title: '单位',
          render: (_: unknown, row) =>
            row.unitId ? (
              <Button type="link" size="small" className="unit-table__link" onClick={() => onDrill(row.unitId!)}>
                {row.name}
              </Button>
            ) : (
              row.name
            ),
        },
        { key: 'value', title: '活动场次', dataIndex: 'value', align: 'right', render: (value: number) => formatCount(value) },
        { key: 'audience', title: '受众人次', dataIndex: 'audience', align: 'right', render: (value: number) => formatCount(value) },
      ]}
    />
  );
}
