import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RecordingScreen from '../../src/screens/recording';
import { stubGraphQL, VOCABULARY } from './graphql-stub';
import { renderConsole } from './render-console';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

function stubScreenQueries() {
  return stubGraphQL({
    ConsoleScopeUnit: () => ({ data: { orgUnitByCode: { id: '1', name: '会东县新时代文明实践中心', level: 'CENTER' } } }),
    ConsoleVocabularyLabels: () => ({ data: VOCABULARY }),
    ConsoleCampaignOptions: () => ({ data: { campaigns: { edges: [] } } }),
    ConsoleUnitRoots: () => ({ data: { orgUnitByCode: { id: '1', name: '会东县新时代文明实践中心', level: 'CENTER' } } }),
    ConsoleVolunteerOptions: () => ({ data: { volunteers: { edges: [] } } }),
  });
}

describe('which recording forms a role sees (ROLE_RECORDING)', { timeout: 30000 }, () => {
  it('the propaganda department records events only', async () => {
    stubScreenQueries();
    renderConsole(<RecordingScreen />, { role: 'PROPAGANDA', org: '513426-ZX', path: '/recording', route: '/recording/*' });
    await screen.findByRole('tab', { name: '登记活动' });
    expect(screen.queryByRole('tab', { name: '录入服务时长' })).toBeNull();
    expect(screen.getByRole('tab', { name: '近期记录' })).toBeTruthy();
    await screen.findByRole('form', { name: '登记活动场次' });
  });

  it('station staff record events and service hours', async () => {
    stubScreenQueries();
    renderConsole(<RecordingScreen />, { role: 'OPERATOR', org: '513426100001-SJZ', path: '/recording/service', route: '/recording/*' });
    await screen.findByRole('tab', { name: '录入服务时长' });
    expect(screen.getByRole('tab', { name: '登记活动' })).toBeTruthy();
    await screen.findByRole('form', { name: '录入服务时长' });
  });

  it('an analyst and a volunteer get no form', () => {
    for (const role of ['ANALYST', 'VOLUNTEER']) {
      const { unmount } = renderConsole(<RecordingScreen />, { role, path: '/recording', route: '/recording/*' });
      expect(screen.getByText('当前角色只读，没有录入权限。')).toBeTruthy();
      expect(screen.queryByRole('form')).toBeNull();
      unmount();
    }
  });
});
