import { DesktopOutlined, FileExcelOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useState, type ReactNode } from 'react';
import { describeError } from '../../api/api-error';
import { CampaignSelect } from '../../shared/pickers/campaign-select';
import { PeriodPicker } from '../../shared/pickers/period-picker';
import { UnitTreeSelect } from '../../shared/pickers/unit-tree-select';
import type { CampaignViewState } from './view-state';

/** What the view shows: the campaign, the scope and the period (活动、范围、期间). */
export function ViewFilters({
  state,
  scopeName,
  onChange,
}: {
  state: CampaignViewState;
  scopeName?: string;
  onChange(change: Partial<CampaignViewState>): void;
}) {
  return (
    <Flex wrap gap={16} align="center" role="group" aria-label="看板条件">
      <Labelled label="活动" htmlFor="campaign-view-campaign">
        <CampaignSelect
          id="campaign-view-campaign"
          value={state.campaignId}
          onChange={(campaignId) => campaignId && onChange({ campaignId })}
        />
      </Labelled>
      <Labelled label="范围" htmlFor="campaign-view-scope">
        <UnitTreeSelect
          id="campaign-view-scope"
          value={state.scopeId}
          valueLabel={scopeName ?? ''}
          allowClear={false}
          style={{ minWidth: 300 }}
          onChange={(scopeId) => scopeId && onChange({ scopeId })}
        />
      </Labelled>
      <Labelled label="期间" htmlFor="campaign-view-period">
        <PeriodPicker
          id="campaign-view-period"
          value={{ from: state.from, to: state.to }}
          onChange={({ from, to }) => onChange({ from, to })}
        />
      </Labelled>
    </Flex>
  );
}

export interface ViewActionsProps {
  /** The wall screen's URL for the same view. */
  wallHref: string;
  refreshing: boolean;
  onRefresh(): void;
  onExport(): Promise<void>;
}

/** What can be done with the view: refresh it, export its tables, show it on the wall (刷新、导出、大屏). */
export function ViewActions({ wallHref, refreshing, onRefresh, onExport }: ViewActionsProps) {
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const exportXlsx = async () => {
    setExporting(true);
    try {
      await onExport();
    } catch (err) {
      void message.error(describeError(err));
    } finally {
      setExporting(false);
    }
  };
  return (
    <Flex gap={8} wrap>
      <Button icon={<ReloadOutlined />} loading={refreshing} onClick={onRefresh} data-action="refresh">
        刷新
      </Button>
      <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void exportXlsx()}>
        导出表格
      </Button>
      <Button type="primary" icon={<DesktopOutlined />} href={wallHref} target="_blank">
        大屏展示
      </Button>
    </Flex>
  );
}

function Labelled({ label, htmlFor, children }: { label: string; htmlFor: string; children: ReactNode }) {
  return (
    <Flex align="center" gap={6}>
      <label htmlFor={htmlFor}>{label}</label>
      {children}
    </Flex>
  );
}
