import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssessmentPage } from '../../src/screens/assessment/assessment-page';
import { stubGraphQL, type StubbedAnswer } from '../recording/graphql-stub';
import { renderConsole } from '../recording/render-console';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

const COUNTY = { id: '1', name: '会东县新时代文明实践中心', ancestors: [] };

const schemes = {
  data: {
    assessmentSchemes: {
      totalCount: 1,
      edges: [
        {
          node: {
            id: '1',
            name: '会东县2021年度新时代文明实践工作考核',
            from: '2021-01-01',
            to: '2021-12-31',
            state: 'PUBLISHED',
            ownerUnit: COUNTY,
          },
        },
      ],
    },
    orgUnitByCode: { id: '1', ancestors: [] },
  },
};

const scheme = (trainingWeight: number, version: number) => ({
  data: {
    assessmentScheme: {
      id: '1',
      name: '会东县2021年度新时代文明实践工作考核',
      description: null,
      from: '2021-01-01',
      to: '2021-12-31',
      state: 'PUBLISHED',
      version: 1,
      rankedLevel: 'INSTITUTE',
      weightTotal: 20 + trainingWeight,
      ownerUnit: COUNTY,
      indicators: [
        {
          id: '1',
          kind: 'EVENTS_PER_STATION_MONTH',
          target: 0.5,
          weight: 20,
          version: 1,
          formula: '活动场次 ÷ (实践站数 × 月数)',
          description: null,
        },
        {
          id: '7',
          kind: 'TRAINING_ATTENDANCE',
          target: 0.95,
          weight: trainingWeight,
          version,
          formula: '出勤场次 ÷ 应出勤场次',
          description: null,
        },
      ],
      ranking: [],
    },
    vocabulary: {
      id: 'zh-CN',
      assessmentIndicatorKind: [
        { value: 'EVENTS_PER_STATION_MONTH', label: '站均月均活动场次' },
        { value: 'TRAINING_ATTENDANCE', label: '培训出勤率' },
      ],
      assessmentSchemeState: [{ value: 'PUBLISHED', label: '已发布' }],
      rankedLevel: [{ value: 'INSTITUTE', label: '实践所' }],
      assessmentEvidenceSource: [],
    },
  },
});

function openIndicators(role: string, org?: string) {
  renderConsole(<AssessmentPage />, { role, org, path: '/assessment?tab=indicators' });
}

describe('指标与权重', { timeout: 60000 }, () => {
  it('saves a changed weight with the version read, then reads the scheme and its ranking again', async () => {
    let weight = 15;
    const { sent } = stubGraphQL({
      ConsoleAssessmentSchemes: () => schemes,
      ConsoleAssessmentScheme: () => scheme(weight, weight === 15 ? 1 : 2),
      ConsoleUpdateAssessmentIndicator: ({ input }) => {
        weight = (input as { weight: number }).weight;
        return { data: { updateAssessmentIndicator: { id: '7', target: 0.95, weight, version: 2 } } };
      },
    });
    openIndicators('ORG_ADMIN', '513426-ZX');
    const field = await screen.findByRole('spinbutton', { name: '培训出勤率分值' });
    expect(screen.getByRole('spinbutton', { name: '培训出勤率目标值' })).toHaveProperty('value', '95');
    const save = screen.getByRole('button', { name: '保存：培训出勤率' });
    expect(save).toHaveProperty('disabled', true);

    fireEvent.change(field, { target: { value: '30' } });
    await waitFor(() => expect(save).toHaveProperty('disabled', false));
    fireEvent.click(save);

    await screen.findByText('已保存「培训出勤率」，排名已按新值重新计算');
    expect(sent.find((op) => op.operationName === 'ConsoleUpdateAssessmentIndicator')?.variables).toEqual({
      input: { id: '7', expectedVersion: 1, weight: 30 },
    });
    await waitFor(() => expect(sent.filter((op) => op.operationName === 'ConsoleAssessmentScheme')).toHaveLength(2));
    await screen.findByText('50 分');
  });

  it('says in Chinese when someone changed the indicator meanwhile, and reloads it on request', async () => {
    let version = 1;
    const conflict: StubbedAnswer = {
      errors: [{ message: 'assessment indicator 7 was changed by someone else', extensions: { code: 'CONFLICT', currentVersion: 2 } }],
    };
    stubGraphQL({
      ConsoleAssessmentSchemes: () => schemes,
      ConsoleAssessmentScheme: () => scheme(version === 1 ? 15 : 18, version),
      ConsoleUpdateAssessmentIndicator: () => {
        version = 2;
        return conflict;
      },
    });
    openIndicators('ADMIN');
    const field = await screen.findByRole('spinbutton', { name: '培训出勤率分值' });
    fireEvent.change(field, { target: { value: '30' } });
    const save = screen.getByRole('button', { name: '保存：培训出勤率' });
    await waitFor(() => expect(save).toHaveProperty('disabled', false));
    fireEvent.click(save);

    await screen.findByText('该记录已被他人修改（现为第 2 版），您看到的是修改前的内容，本次未保存。');
    fireEvent.click(screen.getByRole('button', { name: /重新加载/ }));
    await waitFor(() => expect(screen.getByRole('spinbutton', { name: '培训出勤率分值' })).toHaveProperty('value', '18'));
    expect(screen.queryByText(/已被他人修改/)).toBeNull();
  });

  const TOWNSHIP = { data: { ...schemes.data, orgUnitByCode: { id: '34', ancestors: [{ id: '1' }] } } };
  it.each([
    ['an analyst', 'ANALYST', undefined, schemes],
    ['a township’s org admin (the scheme is the county’s)', 'ORG_ADMIN', '513426101000-SJS', TOWNSHIP],
  ])('shows %s the same values read-only', async (_who, role, org, list) => {
    stubGraphQL({ ConsoleAssessmentSchemes: () => list, ConsoleAssessmentScheme: () => scheme(15, 1) });
    openIndicators(role, org);
    await screen.findByText('只读：方案所属单位及其上级的阵地管理员可调整目标值和分值。');
    expect(screen.getByText('15 分')).toBeTruthy();
    expect(screen.getByText('95%')).toBeTruthy();
    expect(screen.queryAllByRole('spinbutton')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /保存/ })).toBeNull();
  });
});
