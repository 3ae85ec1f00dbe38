import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXPLORER_ASSET_PREFIX } from './explorer-assets';

/** Name under /explorer/ of the style sheet that declares the font. */
export const CHINESE_FONT_CSS = 'fonts/noto-sans-sc.css';

/**
 * Noto Sans SC (regular) from `@fontsource/noto-sans-sc`, served by the gateway: the explorer shows
 * Chinese names and figures, and a machine on an offline network (or a bare browser) may have no
 * Chinese font at all, which renders boxes. The font comes in ~100 woff2 slices by unicode range;
 * the browser fetches only the slices of the characters on the page.
 */
export function chineseFontAssets(): Map<string, { body: Buffer; contentType: string }> {
  const dir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
  const assets = new Map<string, { body: Buffer; contentType: string }>();
  for (const file of readdirSync(join(dir, 'files')).filter((f) => f.endsWith('-400-normal.woff2'))) {
    assets.set(`fonts/${file}`, { body: readFileSync(join(dir, 'files', file)), contentType: 'font/woff2' });
  }
  // Only the woff2 sources (every browser the explorer runs in reads them), from our own /explorer/fonts/.
  const css = readFileSync(join(dir, '400.css'), 'utf8')
    .replace(/, url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/g, '')
    .replace(/url\(\.\/files\//g, `url(${EXPLORER_ASSET_PREFIX}fonts/`);
  assets.set(CHINESE_FONT_CSS, { body: Buffer.from(css), contentType: 'text/css; charset=utf-8' });
  return assets;
}
