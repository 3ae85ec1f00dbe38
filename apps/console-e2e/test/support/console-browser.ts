import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { signDevToken, REPO_ROOT } from '@civic/gateway';
import type { Caller } from '../../../gateway/test/support/callers';
import { launchOfflineBrowser, type OfflineBrowser } from '@civic/testing/offline-browser';

export { launchOfflineBrowser, type OfflineBrowser };

/** Where the guides' screenshots live; the tests render them. */
export const SCREENSHOT_DIR = join(REPO_ROOT, 'docs', 'console');

/** The console's origin-relative URL on a running gateway (its /graphql URL). */
export function consoleUrl(gatewayUrl: string, path = ''): string {
  return new URL(`/console${path}`, gatewayUrl).href;
}

/** A development token for a caller, as the sign-in page would take it. */
export function tokenOf(caller: Caller): Promise<string> {
  if (caller.role === 'ANONYMOUS') throw new Error('an anonymous caller has no token');
  return signDevToken({ role: caller.role, orgUnitCode: caller.orgUnitCode, volunteerId: caller.volunteerId, subject: caller.subject });
}

/**
 * Opens `path` of the console signed in as `caller`: the token goes where the sign-in page puts it
 * (the page's local storage), then the page is loaded as a user would after signing in.
 */
export async function openSignedIn(page: Page, gatewayUrl: string, caller: Caller, path: string): Promise<void> {
  const token = await tokenOf(caller);
  await page.goto(consoleUrl(gatewayUrl, '/sign-in'));
  await page.evaluate((value) => localStorage.setItem('civic.console.token', value), token);
  await page.goto(consoleUrl(gatewayUrl, path));
}

/** Saves what the page shows as docs/console/<name>.png for the guides. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * Errors the page itself raised (uncaught exceptions and console errors), collected from now on;
 * each console error names where it came from, so a failed load says which resource failed.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const source = message.location().url;
    errors.push(source ? `${message.text()} (${source})` : message.text());
  });
  return errors;
}

/** The GraphQL requests the page sent, counted from now on (a batch counts once: it is one request). */
export function countGraphQLRequests(page: Page): { count(): number; reset(): void } {
  let count = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') count += 1;
  });
  return { count: () => count, reset: () => void (count = 0) };
}
