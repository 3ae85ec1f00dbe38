import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium package; playwright-core drives it (no browser download). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface OfflineBrowser {
  page: Page;
  /** Every URL the page asked for. */
  requested: string[];
  /** Those refused because they were not on this machine. */
  blocked: string[];
  /** Bodies of the page's POST requests, in order. */
  posted: string[];
  close(): Promise<void>;
}

/** Fails (never skips) when the browser is missing: the acceptance test must run in CI. */
export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: the explorer's browser test needs Debian's chromium package ` +
        '(apt-get install -y chromium; .ci/run installs it when missing).',
    );
  }
}

/** Headless Chromium with a fresh profile where only localhost is reachable. */
export async function launchOfflineBrowser(): Promise<OfflineBrowser> {
  assertChromiumInstalled();
  const profile = mkdtempSync(join(tmpdir(), 'civic-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: LAUNCH_ARGS });
  const page = context.pages()[0] ?? (await context.newPage());
  const requested: string[] = [];
  const blocked: string[] = [];
  const posted: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    requested.push(url.href);
    if (route.request().method() === 'POST') posted.push(route.request().postData() ?? '');
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    blocked.push(url.href);
    return route.abort('internetdisconnected');
  });
  return {
    page,
    requested,
    blocked,
    posted,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
