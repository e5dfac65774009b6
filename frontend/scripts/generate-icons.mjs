// Renders the app icons in public/ from public/favicon.svg with the system's Chromium:
//   pwa-192x192.png, pwa-512x512.png      manifest icons ("any"): the favicon as it is
//   maskable-icon-512x512.png             manifest icon ("maskable"): full-bleed background, mark inside the safe zone
//   apple-touch-icon-180x180.png          iOS home screen: full-bleed (iOS rounds the corners itself)
// Run after changing the favicon: `npm run icons` (CHROME_PATH or LOTSE_CHROMIUM picks another browser).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const svg = await readFile(`${publicDir}favicon.svg`, 'utf8');
// The favicon's rounded square is the background; its colour fills the full-bleed icons.
const background = /<rect[^>]*\bfill="(#[0-9a-fA-F]{3,8})"/.exec(svg)?.[1];
if (!background) throw new Error('public/favicon.svg: no <rect fill="#…"> found for the background colour');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const icons = [
  { file: 'pwa-192x192.png', size: 192, markScale: 1, fullBleed: false },
  { file: 'pwa-512x512.png', size: 512, markScale: 1, fullBleed: false },
  // Maskable: everything that matters lies in the central circle of 80 % diameter.
  { file: 'maskable-icon-512x512.png', size: 512, markScale: 0.7, fullBleed: true },
  { file: 'apple-touch-icon-180x180.png', size: 180, markScale: 0.85, fullBleed: true },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? process.env.LOTSE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, markScale, fullBleed } of icons) {
    const mark = Math.round(size * markScale);
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;` +
        `background:${fullBleed ? background : 'transparent'}">` +
        `<img src="${dataUrl}" width="${mark}" height="${mark}" alt=""></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: `${publicDir}${file}`, omitBackground: !fullBleed });
    console.log(`public/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
