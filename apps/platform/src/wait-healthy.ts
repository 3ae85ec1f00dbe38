import { isHealthy } from '@civic/runtime';

/** Polls a /health URL until it answers 200, or fails after `timeoutMs`. */
export async function waitHealthy(name: string, url: string, timeoutMs: number, isCancelled: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !isCancelled()) {
    if (await isHealthy(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!isCancelled()) throw new Error(`${name} did not become healthy within ${timeoutMs / 1000} s (${url})`);
}
