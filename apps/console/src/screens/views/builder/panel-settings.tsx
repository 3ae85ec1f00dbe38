import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { CampaignSelect } from '../../../shared/pickers/campaign-select';
import { PeriodPicker } from '../../../shared/pickers/period-picker';
import { UnitTreeSelect } from '../../../shared/pickers/unit-tree-select';
import type { Panel, PanelFilters } from '../definition/view-definition';
import { usesCampaign } from '../render/describe-filters';
import { PanelOptionFields } from './panel-option-fields';
import './builder.css';

export interface PanelSettingsProps {
  panel: Panel;
  onChange(panel: Panel): void;
}

/** A labelled control of a panel's settings; the label names the control for screen readers too. */
export function Setting({ label, htmlFor, wide, children }: { label: string; htmlFor?: string; wide?: boolean; children: ReactNode }) {
  return (
    <Form.Item label={label} htmlFor={htmlFor} style={{ marginBottom: 0, gridColumn: wide ? 'span 2' : undefined }}>
      {children}
    </Form.Item>
  );
}

/** 面板设置: title and filters (campaign, scope, period), then what the kind of panel shows. */
export function PanelSettings({ panel, onChange }: PanelSettingsProps) {
  const setFilters = (patch: PanelFilters) => onChange({ ...panel, filters: { ...panel.filters, ...patch } });
  const id = (name: string) => `${panel.id}-${name}`;
  return (
    <Form layout="vertical" size="small" component="div" className="panel-settings" aria-label={`「${panel.title}」的设置`}>
      <Setting label="标题" htmlFor={id('title')}>
        <Input id={id('title')} value={panel.title} maxLength={40} onChange={(e) => onChange({ ...panel, title: e.target.value })} />
      </Setting>
      {usesCampaign(panel) && (
        <Setting label="活动" htmlFor={id('campaign')}>
          <CampaignSelect
            id={id('campaign')}
            value={panel.filters.campaignId}
            style={{ minWidth: 0, width: '100%' }}
            onChange={(campaignId, campaignName) => setFilters({ campaignId, campaignName: campaignId ? campaignName : undefined })}
          />
        </Setting>
      )}
      <Setting label="阵地范围" htmlFor={id('unit')}>
        <UnitTreeSelect
          id={id('unit')}
          value={panel.filters.unitId}
          style={{ minWidth: 0, width: '100%' }}
          placeholder="默认：看板所属单位"
          onChange={(unitId, unitName) => setFilters({ unitId, unitName: unitId ? unitName : undefined })}
        />
      </Setting>
      <Setting label="统计期间" htmlFor={id('period')}>
        <PeriodPicker
          id={id('period')}
          value={{ from: panel.filters.from, to: panel.filters.to }}
          onChange={(period) => setFilters(period)}
        />
      </Setting>
      <PanelOptionFields panel={panel} onChange={onChange} />
    </Form>
  );
}
