import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoverageSection, type Coverage } from '../../src/screens/org/coverage-section';
import { UnitTree } from '../../src/screens/org/overview/unit-tree';
import { periodInstants, periodLabel } from '../../src/screens/org/period-params';
import { stubGraphQL } from '../recording/graphql-stub';
import { renderConsole } from '../recording/render-console';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

const node = (id: string, name: string, level: string, children: number, volunteers: number, events: number) => ({
  id,
  name,
  level,
  closedOn: null,
  children: Array.from({ length: children }, (_, i) => ({ id: `${id}-${i}` })),
  volunteerStats: { volunteerCount: volunteers, serviceHours: volunteers * 2.5 },
  campaignStats: { eventCount: events },
});

describe('the period of the org figures', () => {
  it('covers whole Beijing days: DateTime bounds from the first day’s start to the start of the day after the last', () => {
    expect(periodInstants({ from: '2021-01-01', to: '2021-12-31' })).toEqual({
      fromInstant: '2021-01-01T00:00:00+08:00',
      toInstant: '2022-01-01T00:00:00+08:00',
    });
    expect(periodInstants({})).toEqual({ fromInstant: null, toInstant: null });
    expect(periodLabel({})).toBe('累计');
    expect(periodLabel({ from: '2021-01-01' })).toBe('2021-01-01 至 今');
  });
});

describe('阵地树', { timeout: 60000 }, () => {
  it('starts at the caller’s own unit with its figures and loads a branch’s units, with theirs, as it opens', async () => {
    const { sent } = stubGraphQL({
      ConsoleOrgTreeRoots: () => ({ data: { orgUnitByCode: node('1', '会东县新时代文明实践中心', 'CENTER', 2, 90000, 936) } }),
      ConsoleOrgTreeChildren: () => ({
        data: {
          orgUnit: {
            id: '1',
            children: [
              node('34', '会东街道新时代文明实践所', 'INSTITUTE', 11, 4857, 56),
              node('40', '姜州镇新时代文明实践所', 'INSTITUTE', 0, 0, 0),
            ],
          },
        },
      }),
    });
    const onRoots = vi.fn();
    renderConsole(<UnitTree period={{ from: '2021-01-01' }} onSelect={() => undefined} onRoots={onRoots} />, {
      role: 'ORG_ADMIN',
      org: '513426-ZX',
    });
    await screen.findByText('会东县新时代文明实践中心');
    expect(screen.getByText(/志愿者 90,000 · 时长 225,000 小时 · 活动 936 场/)).toBeTruthy();
    expect(onRoots).toHaveBeenCalledWith([expect.objectContaining({ id: '1' })]);
    expect(sent[0]).toEqual({
      operationName: 'ConsoleOrgTreeRoots',
      variables: { code: '513426-ZX', scoped: true, from: '2021-01-01', to: null },
    });

    fireEvent.click(document.querySelector('.ant-tree-switcher') as Element);
    await screen.findByText('会东街道新时代文明实践所');
    expect(screen.getByText(/志愿者 4,857 · 时长 12,142.5 小时 · 活动 56 场/)).toBeTruthy();
    expect(sent.filter((op) => op.operationName === 'ConsoleOrgTreeChildren')).toEqual([
      { operationName: 'ConsoleOrgTreeChildren', variables: { id: '1', from: '2021-01-01', to: null } },
    ]);
    // A unit without units below is a leaf: nothing to open.
    await waitFor(() => expect(document.querySelectorAll('.ant-tree-switcher-noop').length).toBe(1));
  });

  it('starts at the centers for a role without a unit of its own', async () => {
    const { sent } = stubGraphQL({
      ConsoleOrgTreeRoots: () => ({
        data: {
          orgUnits: {
            edges: [
              { node: node('1', '会东县新时代文明实践中心', 'CENTER', 2, 90000, 936) },
              { node: node('3', '铜川市新时代文明实践中心', 'CENTER', 4, 100, 80) },
            ],
          },
        },
      }),
    });
    renderConsole(<UnitTree period={{}} onSelect={() => undefined} />, { role: 'ANALYST' });
    await screen.findByText('铜川市新时代文明实践中心');
    expect(sent[0].variables).toMatchObject({ scoped: false });
  });
});

describe('覆盖情况', { timeout: 30000 }, () => {
  it('lists the villages without a station as the gaps, with the share covered', () => {
    const coverage: Coverage = {
      region: { name: '会东县' },
      townships: { total: 19, covered: 19, percentCovered: 100, uncovered: [] },
      villages: {
        total: 210,
        covered: 208,
        percentCovered: 99.05,
        uncovered: [
          { code: '513426108300', name: '尖山村' },
          { code: '513426109300', name: '阿布村' },
        ],
      },
    };
    render(<CoverageSection coverage={coverage} asOf="2021-12-31" />);
    expect(screen.getByText('村（社区）建有实践站：208 / 210')).toBeTruthy();
    const gaps = screen.getByRole('region', { name: '未建实践站的村（社区）' });
    expect(gaps.textContent).toContain('尖山村');
    expect(gaps.textContent).toContain('阿布村');
    expect(screen.getByText('已全覆盖')).toBeTruthy();
  });

  it('says a unit that is neither a center nor an institute has no coverage to report', () => {
    render(<CoverageSection coverage={null} />);
    expect(screen.getByText('本单位不统计覆盖情况（仅实践中心、实践所统计）')).toBeTruthy();
  });
});
