/**
 * Puts phone screenshots side by side in one PNG, to look at several pages at once:
 * `npx tsx preview/contact-sheet.ts out.png .preview-shots/pages/*.png` (at most 6 a sheet reads well).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { chromium } from 'playwright-core';

async function main(): Promise<void> {
  const [out, ...files] = process.argv.slice(2);
  if (!out || files.length === 0) throw new Error('usage: tsx preview/contact-sheet.ts out.png shot.png …');
  const browser = await chromium.launch({ executablePath: process.env.PEIZHEN_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 385 * files.length, height: 842 } });
    const figures = files
      .map(
        (f) =>
          `<figure style="margin:0 5px;width:375px"><img style="width:375px;height:812px;border:1px solid #ccc" src="data:image/png;base64,${readFileSync(f).toString('base64')}"><figcaption style="font:12px sans-serif">${basename(f)}</figcaption></figure>`,
      )
      .join('');
    await page.setContent(`<body style="margin:0;display:flex">${figures}</body>`);
    await page.screenshot({ path: out });
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
