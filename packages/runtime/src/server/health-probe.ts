/** Whether a service's /health answers 200 within `timeoutMs`; any failure counts as unhealthy. */
export async function isHealthy(healthUrl: string, timeoutMs = 1000): Promise<boolean> {
  try {
    const res = await fetch(healthUrl, { signal: AbortSignal.timeout(timeoutMs) });
    return res.status === 200;
  } catch {
    return false;
  }
}
