import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
async function main() {
  const [out, ...files] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 375 * files.length + 10 * files.length, height: 812 + 30 } });
  const imgs = files.map((f) => `<figure style="margin:0 5px;width:375px"><img style="width:375px;height:812px;border:1px solid #ccc" src="data:image/png;base64,${readFileSync(f).toString('base64')}"><figcaption style="font:12px sans-serif">${f.split('/').pop()}</figcaption></figure>`).join('');
  await page.setContent(`<body style="margin:0;display:flex">${imgs}</body>`);
  await page.screenshot({ path: out });
  await browser.close();
}
main();
