import { Progress, Tag } from 'antd';
import type { CoverageData } from '../panels/panel-data';
import { PanelNotice } from './panel-notice';

/** 覆盖情况: township and village coverage as dials, then the units that held no event of the campaign. */
export function CoverageView({ data, large }: { data: CoverageData; large?: boolean }) {
  const missing = data.withoutEvents;
  if (data.tiers.length === 0 && !missing) return <PanelNotice>该单位没有覆盖统计（未关联行政区划）</PanelNotice>;
  const size = large ? 160 : 110;
  return (
    <div className="view-coverage">
      {data.tiers.map((tier) => (
        <div className="view-coverage__tier" key={tier.label}>
          <Progress type="dashboard" size={size} percent={tier.percent ?? 0} format={(p) => `${p ?? 0}%`} aria-label={tier.label} />
          <span className="view-coverage__label">
            {tier.label}
            <br />
            {tier.covered}/{tier.total}
          </span>
        </div>
      ))}
      {missing && (
        <section className="view-coverage__missing">
          <h3>
            未开展活动的{missing.levelLabel}：{missing.names.length}/{missing.total}
          </h3>
          {missing.names.length === 0 ? <span>全部已开展</span> : missing.names.slice(0, 40).map((name) => <Tag key={name}>{name}</Tag>)}
          {missing.names.length > 40 && <span>等 {missing.names.length} 个</span>}
        </section>
      )}
    </div>
  );
}
