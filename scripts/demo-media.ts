/**
 * Draws the demo pictures and videos, made for this project (no stock photos): the two demo
 * hospitals' buildings, six neutral doctor avatars, one cover per health column, and the two
 * first-aid videos (心肺复苏, 海姆立克) as short captioned MP4 slide shows. Each picture is an SVG
 * written here, rendered to PNG by Chromium; the videos are frames of the same kind joined by ffmpeg
 * (Debian package `ffmpeg`). Output: backend/dev-server/demo-files/demo/, which the emulator serves
 * under /files/demo/ (backend/dev-server/main.ts) — none of it ships in the mini program package.
 *
 *   npx tsx scripts/demo-media.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { AVATAR_COUNT, COLUMN_COVERS, HOSPITAL_PHOTOS } from '../backend/dev-server/seed/content/media';

const OUT = join(__dirname, '..', 'backend', 'dev-server', 'demo-files', 'demo');
const FONT = "font-family='Noto Sans CJK SC, Noto Serif CJK SC, sans-serif'";

function hospitalSvg(name: string, storeys: number, sky: string): string {
  const w = 750;
  const h = 420;
  const floorH = 26;
  const top = 360 - storeys * floorH;
  const windows: string[] = [];
  for (let f = 0; f < storeys; f++) {
    for (let c = 0; c < 10; c++) windows.push(`<rect x='${190 + c * 38}' y='${top + 10 + f * floorH}' width='24' height='14' rx='2' fill='#d6e6f5'/>`);
  }
  return `<svg xmlns='http://www.w3.org/2000/svg' width='${w}' height='${h}' viewBox='0 0 ${w} ${h}'>
  <defs><linearGradient id='sky' x1='0' y1='0' x2='0' y2='1'><stop offset='0' stop-color='${sky}'/><stop offset='1' stop-color='#eef5fc'/></linearGradient></defs>
  <rect width='${w}' height='${h}' fill='url(#sky)'/>
  <circle cx='640' cy='80' r='36' fill='#ffe9a8'/>
  <rect x='170' y='${top}' width='410' height='${360 - top}' fill='#ffffff' stroke='#b8c9dc' stroke-width='2'/>
  ${windows.join('')}
  <rect x='60' y='250' width='110' height='110' fill='#f4f7fb' stroke='#b8c9dc' stroke-width='2'/>
  <rect x='580' y='230' width='120' height='130' fill='#f4f7fb' stroke='#b8c9dc' stroke-width='2'/>
  <rect x='335' y='300' width='80' height='60' fill='#0b6bcb'/>
  <rect x='352' y='${top - 62}' width='46' height='46' rx='6' fill='#ffffff' stroke='#c62828' stroke-width='3'/>
  <rect x='369' y='${top - 56}' width='12' height='34' fill='#c62828'/><rect x='358' y='${top - 45}' width='34' height='12' fill='#c62828'/>
  <rect x='0' y='360' width='${w}' height='60' fill='#cfe3cf'/>
  <circle cx='110' cy='352' r='26' fill='#7fb77e'/><circle cx='650' cy='352' r='30' fill='#7fb77e'/>
  <text x='375' y='400' text-anchor='middle' ${FONT} font-size='26' font-weight='700' fill='#1f2329'>${name}</text>
</svg>`;
}

const AVATAR_TONES = [
  ['#dbe9f8', '#f1c7a5', '#4a3a30'],
  ['#e3f1e4', '#e8b894', '#2f2a28'],
  ['#f6e7d8', '#f3cfb0', '#6b4a35'],
  ['#e8e4f6', '#deb08c', '#1f1b1a'],
  ['#fbe3e3', '#f0c4a2', '#3d2f2a'],
  ['#e0f2f1', '#e4b48f', '#55423a'],
];

function avatarSvg(n: number): string {
  const [bg, skin, hair] = AVATAR_TONES[n % AVATAR_TONES.length];
  return `<svg xmlns='http://www.w3.org/2000/svg' width='200' height='200' viewBox='0 0 200 200'>
  <rect width='200' height='200' fill='${bg}'/>
  <path d='M30 200 C36 150 66 132 100 132 C134 132 164 150 170 200 Z' fill='#ffffff' stroke='#c9d3de' stroke-width='2'/>
  <path d='M86 134 L100 160 L114 134 Z' fill='#0b6bcb'/>
  <path d='M70 150 C66 172 76 184 88 182' stroke='#4e5459' stroke-width='4' fill='none'/><circle cx='88' cy='182' r='6' fill='#4e5459'/>
  <rect x='88' y='112' width='24' height='24' fill='${skin}'/>
  <circle cx='100' cy='86' r='36' fill='${skin}'/>
  <path d='M64 82 C64 50 136 50 136 82 C130 66 112 60 100 60 C88 60 70 66 64 82 Z' fill='${hair}'/>
  <circle cx='88' cy='90' r='3.5' fill='#1f2329'/><circle cx='112' cy='90' r='3.5' fill='#1f2329'/>
  <path d='M90 104 Q100 111 110 104' stroke='#8a5a44' stroke-width='3' fill='none'/>
</svg>`;
}

/** A column's cover: a soft colour field, its motif and its name. */
function coverSvg(name: string, colour: string, motif: string): string {
  return `<svg xmlns='http://www.w3.org/2000/svg' width='690' height='300' viewBox='0 0 690 300'>
  <rect width='690' height='300' fill='${colour}'/>
  <circle cx='560' cy='150' r='110' fill='#ffffff' opacity='0.55'/>
  <g transform='translate(500 90)'>${motif}</g>
  <text x='48' y='140' ${FONT} font-size='48' font-weight='700' fill='#1f2329'>${name}</text>
  <text x='48' y='192' ${FONT} font-size='24' fill='#4e5459'>健康科普</text>
</svg>`;
}

const MOTIFS: Record<string, string> = {
  heart: `<path d='M60 110 C-20 50 20 -10 60 30 C100 -10 140 50 60 110 Z' fill='#e57373'/><path d='M10 60 H40 L50 40 L62 80 L72 60 H110' stroke='#ffffff' stroke-width='6' fill='none'/>`,
  baby: `<circle cx='60' cy='45' r='32' fill='#f3cfb0'/><path d='M20 120 C20 80 100 80 100 120 Z' fill='#90caf9'/><circle cx='50' cy='45' r='3' fill='#1f2329'/><circle cx='70' cy='45' r='3' fill='#1f2329'/>`,
  aid: `<rect x='10' y='10' width='100' height='100' rx='18' fill='#ffffff' stroke='#c62828' stroke-width='6'/><rect x='50' y='25' width='20' height='70' fill='#c62828'/><rect x='25' y='50' width='70' height='20' fill='#c62828'/>`,
  leaf: `<path d='M10 110 C10 30 80 0 115 5 C120 60 80 115 10 110 Z' fill='#81c784'/><path d='M15 105 C45 70 75 45 105 15' stroke='#ffffff' stroke-width='5' fill='none'/>`,
  cane: `<circle cx='50' cy='25' r='20' fill='#f0c4a2'/><path d='M30 50 H70 L76 115 H24 Z' fill='#b39ddb'/><path d='M95 50 V120 M95 50 C95 35 115 35 115 50' stroke='#6d4c41' stroke-width='6' fill='none'/>`,
  sprout: `<path d='M60 120 V55' stroke='#558b2f' stroke-width='6'/><path d='M60 70 C30 70 20 45 20 30 C45 30 60 45 60 70 Z' fill='#8bc34a'/><path d='M60 60 C90 60 100 35 100 20 C75 20 60 35 60 60 Z' fill='#9ccc65'/>`,
};

/** Slides of a first-aid video: a title, then the steps, each a simple drawing with its caption. */
const VIDEOS: Record<string, { title: string; steps: Array<[string, string]> }> = {
  'cpr.mp4': {
    title: '心肺复苏（CPR）四步',
    steps: [
      [
        '1 确认环境安全，拍肩呼喊',
        `<circle cx='320' cy='150' r='40' fill='#f1c7a5'/><path d='M250 260 H390' stroke='#4e5459' stroke-width='14' stroke-linecap='round'/>`,
      ],
      [
        '2 没有反应：拨打120，取AED',
        `<rect x='270' y='100' width='100' height='160' rx='16' fill='#1f2329'/><rect x='282' y='116' width='76' height='110' fill='#90caf9'/><text x='320' y='182' text-anchor='middle' ${FONT} font-size='34' fill='#c62828'>120</text>`,
      ],
      [
        '3 胸外按压：两乳头连线中点，深5-6厘米，每分钟100-120次',
        `<path d='M200 250 H440' stroke='#4e5459' stroke-width='16' stroke-linecap='round'/><rect x='295' y='120' width='50' height='110' rx='10' fill='#f1c7a5'/><path d='M320 80 V110' stroke='#c62828' stroke-width='8'/><path d='M305 95 L320 112 L335 95' stroke='#c62828' stroke-width='8' fill='none'/>`,
      ],
      [
        '4 按压30次，人工呼吸2次，直到急救人员到达',
        `<text x='320' y='200' text-anchor='middle' ${FONT} font-size='80' font-weight='700' fill='#0b6bcb'>30 : 2</text>`,
      ],
    ],
  },
  'heimlich.mp4': {
    title: '海姆立克急救法',
    steps: [
      [
        '1 识别：双手掐喉、不能说话、脸色发紫',
        `<circle cx='320' cy='130' r='44' fill='#f1c7a5'/><path d='M290 190 C300 175 340 175 350 190' stroke='#6d4c41' stroke-width='10' fill='none'/>`,
      ],
      ['2 站在身后，一手握拳抵在肚脐上两横指', `<circle cx='320' cy='180' r='34' fill='#f1c7a5'/><circle cx='320' cy='180' r='10' fill='#c62828'/>`],
      [
        '3 另一手抱住拳头，快速向内向上冲击',
        `<path d='M320 250 V120' stroke='#0b6bcb' stroke-width='12'/><path d='M290 150 L320 110 L350 150' stroke='#0b6bcb' stroke-width='12' fill='none'/>`,
      ],
      [
        '4 反复冲击直到异物排出；无效立即拨打120',
        `<text x='320' y='200' text-anchor='middle' ${FONT} font-size='72' font-weight='700' fill='#c62828'>120</text>`,
      ],
    ],
  },
};

function slideSvg(title: string, caption: string, drawing: string): string {
  return `<svg xmlns='http://www.w3.org/2000/svg' width='640' height='360' viewBox='0 0 640 360'>
  <rect width='640' height='360' fill='#f5f9fd'/>
  <rect x='0' y='0' width='640' height='44' fill='#0b6bcb'/>
  <text x='20' y='30' ${FONT} font-size='22' font-weight='700' fill='#ffffff'>${title}</text>
  ${drawing}
  <rect x='0' y='296' width='640' height='64' fill='#ffffff'/>
  <text x='320' y='336' text-anchor='middle' ${FONT} font-size='${caption.length > 22 ? 19 : 24}' fill='#1f2329'>${caption}</text>
</svg>`;
}

async function render(page: Page, svg: string, width: number, height: number, path: string): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
  await page.screenshot({ path, clip: { x: 0, y: 0, width, height } });
}

async function main(): Promise<void> {
  for (const dir of ['hospitals', 'doctors', 'articles', '']) mkdirSync(join(OUT, dir), { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.PEIZHEN_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const written: string[] = [];
  try {
    const page = await browser.newPage();
    for (const h of HOSPITAL_PHOTOS) {
      const path = join(OUT, 'hospitals', `${h.id}.png`);
      await render(page, hospitalSvg(h.name, h.storeys, h.sky), 750, 420, path);
      written.push(path);
    }
    for (let n = 0; n < AVATAR_COUNT; n++) {
      const path = join(OUT, 'doctors', `avatar-${n + 1}.png`);
      await render(page, avatarSvg(n), 200, 200, path);
      written.push(path);
    }
    for (const c of COLUMN_COVERS) {
      const path = join(OUT, 'articles', `${c.columnId}.png`);
      await render(page, coverSvg(c.name, c.colour, MOTIFS[c.motif]), 690, 300, path);
      written.push(path);
    }
    for (const [file, video] of Object.entries(VIDEOS)) {
      const frames = mkdtempSync(join(tmpdir(), 'pz-video-'));
      const slides: Array<[string, string]> = [
        ['', `<text x='320' y='190' text-anchor='middle' ${FONT} font-size='40' font-weight='700' fill='#0b6bcb'>${video.title}</text>`],
        ...video.steps,
      ];
      for (let i = 0; i < slides.length; i++)
        await render(page, slideSvg(video.title, slides[i][0] || '演示动画 · 仅供科普学习', slides[i][1]), 640, 360, join(frames, `f${i}.png`));
      const path = join(OUT, file);
      // 2.5 s a slide at 2 fps (each frame repeated), H.264 baseline for every WeChat client.
      execFileSync('ffmpeg', [
        '-y',
        '-loglevel',
        'error',
        '-framerate',
        '0.4',
        '-i',
        join(frames, 'f%d.png'),
        '-vf',
        'fps=10,format=yuv420p',
        '-c:v',
        'libx264',
        '-profile:v',
        'baseline',
        '-movflags',
        '+faststart',
        path,
      ]);
      rmSync(frames, { recursive: true, force: true });
      written.push(path);
    }
  } finally {
    await browser.close();
  }
  let total = 0;
  for (const path of written) total += statSync(path).size;
  console.log(`${written.length} files, ${(total / 1024).toFixed(0)} KB in ${OUT}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
