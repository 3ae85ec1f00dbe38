import type { Role } from './session';

/** The console's screens (菜单), each a route under /console. */
export type ScreenKey = 'campaigns' | 'views' | 'analysis' | 'org' | 'recording' | 'assessment';

export const SCREEN_LABELS: Record<ScreenKey, string> = {
  campaigns: '活动看板',
  views: '看板搭建',
  analysis: '数据分析',
  org: '阵地概况',
  recording: '数据录入',
  assessment: '考核评比',
};

/**
 * Which screens a role's menu shows, first the one it lands on. The API decides every read and write
 * again; this only keeps a role from meeting screens it cannot use.
 */
export const ROLE_SCREENS: Record<Role, ScreenKey[]> = {
  ADMIN: ['campaigns', 'views', 'analysis', 'org', 'recording', 'assessment'],
  ORG_ADMIN: ['org', 'campaigns', 'views', 'recording', 'assessment', 'analysis'],
  OPERATOR: ['recording', 'org', 'campaigns', 'views', 'assessment', 'analysis'],
  PROPAGANDA: ['campaigns', 'views', 'recording', 'org', 'assessment', 'analysis'],
  ANALYST: ['analysis', 'campaigns', 'org', 'assessment', 'views'],
  VOLUNTEER: ['campaigns', 'org'],
};

/** Recording forms a role may fill in (the API's write permissions). */
export const ROLE_RECORDING: Record<Role, { events: boolean; service: boolean }> = {
  ADMIN: { events: true, service: true },
  ORG_ADMIN: { events: true, service: true },
  OPERATOR: { events: true, service: true },
  PROPAGANDA: { events: true, service: false },
  ANALYST: { events: false, service: false },
  VOLUNTEER: { events: false, service: false },
};
