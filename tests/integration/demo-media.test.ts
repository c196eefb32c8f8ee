/**
 * The demo pictures and videos the seed points at exist and are what they claim (both
 * health videos answered 404, every hospital, doctor and article picture was empty). They are drawn
 * by scripts/demo-media.ts and served by the emulator from backend/dev-server/demo-files.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { articles, doctors, hospitals } from '../../backend/dev-server/seed/content';

const ROOT = join(__dirname, '..', '..', 'backend', 'dev-server', 'demo-files');
const fileOf = (url: string): string => join(ROOT, url.replace(/^\/files\//, ''));
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe('demo media', () => {
  it('gives every hospital a photo, every doctor an avatar and every article a cover, each a small PNG on disk', () => {
    const pictures = [...hospitals.flatMap((h) => h.photos), ...doctors.map((d) => d.avatar), ...articles.flatMap((a) => a.images)];
    expect(hospitals.every((h) => h.photos.length > 0)).toBe(true);
    expect(doctors.every((d) => d.avatar !== '')).toBe(true);
    expect(articles.every((a) => a.images.length > 0)).toBe(true);
    for (const url of new Set(pictures)) {
      expect(url).toMatch(/^\/files\/demo\/.+\.png$/);
      expect(readFileSync(fileOf(url)).subarray(0, 4)).toEqual(PNG);
      expect(statSync(fileOf(url)).size).toBeLessThan(40 * 1024);
    }
  });

  it('ships both video articles’ videos as real MP4 files', () => {
    const videos = articles.map((a) => a.videoUrl).filter((v) => v !== '');
    expect(videos.sort()).toEqual(['/files/demo/cpr.mp4', '/files/demo/heimlich.mp4']);
    for (const url of videos) {
      const bytes = readFileSync(fileOf(url));
      expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
      expect(bytes.length).toBeLessThan(200 * 1024);
    }
  });
});
