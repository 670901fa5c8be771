// Renders resources/icon.svg to the PNG icons the installers use (512 px for macOS/Linux, 256 px for
// Windows), with the system's Chromium through playwright-core. Run by hand after editing the SVG;
// the PNGs are checked in, so building the app needs no browser.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const svg = await readFile(path.join(root, 'resources', 'icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath });
try {
  for (const [size, file] of [
    [512, 'icon.png'],
    [256, 'icon-256.png'],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('width="512" height="512"', `width="${size}" height="${size}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.locator('svg').screenshot({ path: path.join(root, 'resources', file), omitBackground: true });
    await page.close();
    console.log(`render-icon: resources/${file} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
