import type { Route } from '@civic/runtime';
import { signDevToken, type TokenRequest } from './sign-token';

/** A ready-made development token for one of the demo roles, scoped to the Huidong demo data. */
export interface DemoToken extends TokenRequest {
  /** Who this is, in the console's words. */
  description: string;
}

export const DEMO_TOKENS: DemoToken[] = [
  { role: 'ADMIN', description: '平台管理员：全部数据与审计日志' },
  { role: 'ORG_ADMIN', orgUnitCode: '513426-ZX', description: '会东县新时代文明实践中心 阵地管理员' },
  { role: 'OPERATOR', orgUnitCode: '513426100001-SJZ', description: '会东县实践站 工作人员：录入活动与服务时长' },
  { role: 'PROPAGANDA', orgUnitCode: '513426-ZX', description: '会东县委宣传部：活动看板、看板搭建' },
  { role: 'ANALYST', description: '数据分析员：只读，数据分析工作台' },
  { role: 'VOLUNTEER', volunteerId: '1', description: '志愿者本人' },
];

/** The demo tokens signed with `jwtSecret`, each with its request. */
export function signDemoTokens(jwtSecret: string): Promise<(DemoToken & { token: string })[]> {
  return Promise.all(DEMO_TOKENS.map(async (demo) => ({ ...demo, token: await signDevToken(demo, jwtSecret) })));
}

/**
 * `GET /console/demo-tokens.json` for the console's sign-in page: development only (the gateway
 * never adds this route in production, nor when tokens are verified by a public key it cannot sign with).
 */
export function demoTokensRoute(jwtSecret: string): Route {
  return async (_req, res) => {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(JSON.stringify(await signDemoTokens(jwtSecret)));
  };
}
