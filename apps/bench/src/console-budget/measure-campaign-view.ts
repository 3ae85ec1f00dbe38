import { chromium } from 'playwright-core';
import { npmChromium, offlineChromiumArgs } from '@civic/testing/offline-browser';
import type { CampaignViewRun } from './budgets';
import type { BudgetCampaign } from './busiest-campaign';

/** What the campaign view marks once its headline figures are on screen (apps/console, screens/campaigns). */
export const FIGURES_READY = '[data-figures-ready="true"]';
/** The campaign view's refresh button. */
export const REFRESH_BUTTON = '[data-action="refresh"]';

/** Script bytes (as sent) a fresh visit to the console's address loads before its sign-in page shows. */
export async function measureSignInScript(consoleUrl: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: npmChromium().executablePath, args: offlineChromiumArgs(), headless: true });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bytes += Number(response.headers()['content-length'] ?? 0);
    });
    await page.goto(consoleUrl);
    await page.waitForSelector('text=访问令牌', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
  }
}

/** The campaign view's URL for a campaign over its organiser's subtree (the state the view keeps in its URL). */
export function campaignViewPath(consoleUrl: string, campaign: BudgetCampaign): string {
  return `${consoleUrl}/campaigns?campaign=${campaign.id}&scope=${campaign.centerId}`;
}

/**
 * One visit with a cold cache (a new browser each time): the token is put where the sign-in page
 * puts it before any page script runs, so the measured navigation is the view itself.
 */
export async function measureCampaignView(consoleUrl: string, token: string, campaign: BudgetCampaign): Promise<CampaignViewRun> {
  const browser = await chromium.launch({ executablePath: npmChromium().executablePath, args: offlineChromiumArgs(), headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript({ content: `localStorage.setItem('civic.console.token', ${JSON.stringify(token)});` });
    const page = await context.newPage();
    let scriptGzipBytes = 0;
    let graphqlRequests = 0;
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      const length = Number(response.headers()['content-length'] ?? 0);
      scriptGzipBytes += length;
    });
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') graphqlRequests += 1;
    });
    await page.goto(campaignViewPath(consoleUrl, campaign));
    await page.waitForSelector(FIGURES_READY, { timeout: 30_000 });
    const figuresMs = await page.evaluate(() => performance.now());
    // The list beneath loads after the figures: let it finish before counting a refresh.
    await page.waitForLoadState('networkidle');
    const loadRequests = graphqlRequests;
    graphqlRequests = 0;
    await page.click(REFRESH_BUTTON);
    await page.waitForLoadState('networkidle');
    await page.waitForSelector(FIGURES_READY);
    return { figuresMs: Math.round(figuresMs), scriptGzipBytes, loadRequests, refreshRequests: graphqlRequests };
  } finally {
    await browser.close();
  }
}
