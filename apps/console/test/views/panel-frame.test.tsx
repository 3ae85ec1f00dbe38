import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newPanel } from '../../src/screens/views/definition/panel-defaults';
import { PanelFrame } from '../../src/screens/views/render/panel-frame';

const headline = {
  ...newPanel('headline', 'p1', { campaignId: '1', campaignName: '会东县党史学习教育宣讲', from: '2021-03-01', to: '2021-12-31' }),
  title: '宣讲头条',
};

describe('a panel as the view shows it', () => {
  it('is a region named by its title, says what it counts, and shows its figures grouped as county staff read them', () => {
    render(
      <PanelFrame
        panel={headline}
        outcome={{
          state: 'ok',
          data: {
            kind: 'figures',
            unitName: '会东县新时代文明实践中心',
            figures: [
              { label: '活动场次', value: 720, unit: '场', note: '目标 700场 · 完成 102.9%' },
              { label: '受众人次', value: 114510, unit: '人次' },
            ],
          },
        }}
      />,
    );
    const region = screen.getByRole('region', { name: '宣讲头条' });
    expect(within(region).getByText('会东县新时代文明实践中心 · 会东县党史学习教育宣讲 · 2021-03-01 至 2021-12-31')).toBeTruthy();
    expect(within(region).getByText('114,510')).toBeTruthy();
    expect(within(region).getByText('目标 700场 · 完成 102.9%')).toBeTruthy();
  });

  it('ranks entries with their figures', () => {
    const top = { ...newPanel('top', 'p2', { unitName: '会东县新时代文明实践中心' }), title: '乡镇排行' };
    render(
      <PanelFrame
        panel={top}
        outcome={{
          state: 'ok',
          data: {
            kind: 'ranking',
            unitName: '会东县新时代文明实践中心',
            measureLabel: '活动场次',
            unit: '场',
            entries: [
              { rank: 1, name: '铅锌镇', value: 47 },
              { rank: 2, name: '乌东德镇', value: 46 },
            ],
          },
        }}
      />,
    );
    const items = within(screen.getByRole('list', { name: '活动场次排行' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['1铅锌镇47 场', '2乌东德镇46 场']);
  });

  it('shows a notice in place of figures it may not show, and a failed panel with the reason', () => {
    const top = { ...newPanel('top', 'p3'), title: '志愿者排行' };
    const { rerender } = render(
      <PanelFrame panel={top} outcome={{ state: 'notice', message: '志愿者个人排行含个人信息，公开看板不显示' }} />,
    );
    expect(screen.getByText('志愿者个人排行含个人信息，公开看板不显示')).toBeTruthy();
    rerender(<PanelFrame panel={top} outcome={{ state: 'error', message: '没有权限：staff only' }} />);
    expect(screen.getByText('该面板数据加载失败')).toBeTruthy();
    expect(screen.getByText('没有权限：staff only')).toBeTruthy();
  });
});
