import { gatewayError } from '../../errors/gateway-errors';

export function rateLimited(retryAfterSeconds: number, requestsPerMinute: number) {
  return gatewayError(
    'RATE_LIMITED',
    `too many requests: the limit is ${requestsPerMinute} per minute; retry after ${retryAfterSeconds} s`,
    { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
    { retryAfterSeconds },
  );
}
