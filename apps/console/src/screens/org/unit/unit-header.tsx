import { Breadcrumb, Descriptions, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { LEVEL_LABELS } from '../../../shared/labels';
import type { UnitPageData } from './unit-types';
import { ToneTag } from '../../../shared/tone-tag';

/** The unit's name, where it sits (上级链) and its particulars; the contact as the API gives it to this role. */
export function UnitHeader({ unit }: { unit: UnitPageData }) {
  return (
    <>
      <Breadcrumb
        items={[
          { title: <Link to="/org">阵地概况</Link> },
          ...unit.ancestors.map((a) => ({ title: <Link to={`/org/${a.id}`}>{a.name}</Link> })),
          { title: unit.name },
        ]}
      />
      <Space align="center" wrap style={{ margin: '12px 0' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {unit.name}
        </Typography.Title>
        <ToneTag tone="brand">{LEVEL_LABELS[unit.level]}</ToneTag>
        {unit.isPilot && <ToneTag tone="warning">试点</ToneTag>}
        {unit.closedOn && <Tag>已于 {unit.closedOn} 撤销</Tag>}
      </Space>
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label="单位编码">{unit.code}</Descriptions.Item>
        <Descriptions.Item label="揭牌日期">{unit.establishedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="地址">{unit.address ?? '—'}</Descriptions.Item>
        {unit.department && <Descriptions.Item label="主办部门">{unit.department}</Descriptions.Item>}
        <Descriptions.Item label="负责人">
          {unit.contact ? `${unit.contact.name}${unit.contact.title ? `（${unit.contact.title}）` : ''} ${unit.contact.phone ?? ''}` : '—'}
        </Descriptions.Item>
        {unit.designations.length > 0 && (
          <Descriptions.Item label="荣誉称号">{unit.designations.map((d) => `${d.title}（${d.grantedOn}）`).join('、')}</Descriptions.Item>
        )}
      </Descriptions>
    </>
  );
}
