import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip, Typography } from 'antd';
import { PANEL_KIND_HINTS, PANEL_KIND_LABELS } from '../definition/panel-catalog';
import { MAX_PANELS, PANEL_KINDS, type PanelKind } from '../definition/view-definition';

/** 添加面板: one button per kind of panel, until the view is full. */
export function AddPanelBar({ count, onAdd }: { count: number; onAdd(kind: PanelKind): void }) {
  const full = count >= MAX_PANELS;
  return (
    <Space wrap aria-label="添加面板">
      <Typography.Text strong>添加面板：</Typography.Text>
      {PANEL_KINDS.map((kind) => (
        <Tooltip key={kind} title={PANEL_KIND_HINTS[kind]}>
          <Button icon={<PlusOutlined />} disabled={full} onClick={() => onAdd(kind)} aria-label={`添加「${PANEL_KIND_LABELS[kind]}」面板`}>
            {PANEL_KIND_LABELS[kind]}
          </Button>
        </Tooltip>
      ))}
      <Typography.Text type="secondary">
        {count}/{MAX_PANELS} 个面板
      </Typography.Text>
    </Space>
  );
}
