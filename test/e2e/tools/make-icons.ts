// Renders public/icon/{16,32,48,128}.png from an inline SVG with the system
// Chromium (run once: npx tsx test/e2e/tools/make-icons.ts).
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#1d4ed8"/>
  <path d="M64 20l34 12.5v25.5c0 21.5-14.5 38.5-34 45.5-19.5-7-34-24-34-45.5V32.5z" fill="#fff"/>
  <path d="M48 63l11 11 22-24" fill="none" stroke="#1d4ed8" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><div style="width:${size}px;height:${size}px">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</div></body></html>`,
  );
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  writeFileSync(new URL(`../../../public/icon/${size}.png`, import.meta.url), png);
}
await browser.close();
console.log('icons written');
