import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/**
 * A fetcher that aborts when the response (body included) takes longer than `timeoutMs`. The
 * body is read here, inside the deadline, and the timer cleared at once: an AbortSignal.timeout
 * would keep every finished request reachable until its timer fired.
 */
export function withDeadline(fetcher: Fetcher, timeoutMs: number): Fetcher {
  return async (url, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await fetcher(url, { ...init, signal: controller.signal });
      return bufferedResponse(response, await response.text());
    } finally {
      clearTimeout(timer);
    }
  };
}

function bufferedResponse(response: FetcherResponse, body: string): FetcherResponse {
  const { url, redirected, status, ok, statusText, headers } = response;
  return {
    bodyUsed: false,
    url,
    redirected,
    status,
    ok,
    statusText,
    headers,
    text: async () => body,
    json: async () => JSON.parse(body),
    arrayBuffer: async () => new TextEncoder().encode(body).buffer as ArrayBuffer,
    clone: () => bufferedResponse(response, body),
  };
}
