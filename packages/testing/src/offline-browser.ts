import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Keeps Chromium from reaching for Google's services, which a closed network refuses many times over. */
const OFFLINE_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
];

/**
 * The Chromium that ships inside the `@sparticuz/chromium` npm package (no system browser, no
 * download): its path, unpacked to the temporary folder on first use, and the flags it runs with.
 * The package is ESM-only, which jest's module sandbox cannot load, so a plain Node process asks it.
 */
export function npmChromium(): { executablePath: string; args: string[] } {
  const script = `const { default: c } = await import('@sparticuz/chromium');
process.stdout.write(JSON.stringify({ executablePath: await c.executablePath(), args: c.args }));`;
  const json = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: __dirname, encoding: 'utf8' });
  return JSON.parse(json) as { executablePath: string; args: string[] };
}

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

/** Flags for a Chromium that must not reach anything but this machine. */
export function offlineChromiumArgs(): string[] {
  return [...npmChromium().args, ...OFFLINE_ARGS];
}

/** Headless Chromium with a fresh profile where only localhost is reachable. */
export async function launchOfflineBrowser(): Promise<OfflineBrowser> {
  const { executablePath, args } = npmChromium();
  const profile = mkdtempSync(join(tmpdir(), 'civic-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...args, ...OFFLINE_ARGS],
  });
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
