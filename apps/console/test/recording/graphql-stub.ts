import { vi } from 'vitest';

export interface StubbedAnswer {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}
type Handler = (variables: Record<string, unknown>) => StubbedAnswer;

export interface SentOperation {
  operationName: string;
  variables: Record<string, unknown>;
}

/**
 * Answers the console's GraphQL requests in a component test by operation name, as the gateway
 * would (a JSON array for a batch); `sent` records every operation in order. Unknown operations fail
 * the test loudly.
 */
export function stubGraphQL(handlers: Record<string, Handler>): { sent: SentOperation[] } {
  const sent: SentOperation[] = [];
  const answer = (operation: { query: string; variables?: Record<string, unknown> }): StubbedAnswer => {
    const operationName = /(?:query|mutation)\s+(\w+)/.exec(operation.query)?.[1] ?? '?';
    const variables = operation.variables ?? {};
    sent.push({ operationName, variables });
    const handler = handlers[operationName];
    if (!handler) throw new Error(`no stubbed answer for ${operationName}`);
    return handler(variables);
  };
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as unknown;
      const result = Array.isArray(body) ? body.map(answer) : answer(body as { query: string });
      return Promise.resolve(new Response(JSON.stringify(result), { status: 200, headers: { 'content-type': 'application/json' } }));
    }),
  );
  return { sent };
}

/** A token the console can read (it never verifies one; the gateway does). */
export function tokenFor(claims: { role: string; org?: string }): string {
  const part = (value: unknown) =>
    btoa(unescape(encodeURIComponent(JSON.stringify(value))))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
  return `${part({ alg: 'HS256' })}.${part({ sub: 'test', exp: Math.floor(Date.now() / 1000) + 3600, ...claims })}.signature`;
}

export const VOCABULARY = {
  vocabulary: {
    id: 'zh-CN',
    eventFormat: [
      { value: 'LECTURE', label: '宣讲' },
      { value: 'FIRESIDE_CHAT', label: '火塘夜话' },
    ],
    venueType: [
      { value: 'COMMUNITY', label: '进社区' },
      { value: 'COUNTRYSIDE', label: '进农村' },
    ],
    venueKind: [{ value: 'CULTURAL_STATION', label: '综合文化站' }],
    orgLevel: [],
    serviceRecordStatus: [
      { value: 'PENDING', label: '待审核' },
      { value: 'APPROVED', label: '已通过' },
      { value: 'REJECTED', label: '未通过' },
      { value: 'VOIDED', label: '已作废' },
    ],
    trainingAudience: [],
    trainingProgramStatus: [],
  },
};
