import { ArrowDownOutlined, ArrowUpOutlined, ColumnWidthOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import type { Direction } from '../definition/arrange-panels';
import type { Panel } from '../definition/view-definition';

export interface PanelToolbarProps {
  panel: Panel;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove(direction: Direction): void;
  onToggleWidth(): void;
  onRemove(): void;
}

/** 排列: move a panel up or down, make it half or full width, take it out. */
export function PanelToolbar({ panel, canMoveUp, canMoveDown, onMove, onToggleWidth, onRemove }: PanelToolbarProps) {
  const full = panel.options.width === 'full';
  return (
    <Space size={4}>
      <Tooltip title="上移">
        <Button
          size="small"
          icon={<ArrowUpOutlined />}
          disabled={!canMoveUp}
          onClick={() => onMove('up')}
          aria-label={`上移「${panel.title}」`}
        />
      </Tooltip>
      <Tooltip title="下移">
        <Button
          size="small"
          icon={<ArrowDownOutlined />}
          disabled={!canMoveDown}
          onClick={() => onMove('down')}
          aria-label={`下移「${panel.title}」`}
        />
      </Tooltip>
      <Button
        size="small"
        icon={<ColumnWidthOutlined />}
        onClick={onToggleWidth}
        aria-label={`「${panel.title}」改为${full ? '半宽' : '整行'}`}
      >
        {full ? '半宽' : '整行'}
      </Button>
      <Tooltip title="删除面板">
        <Button size="small" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={`删除「${panel.title}」`} />
      </Tooltip>
    </Space>
  );
}
