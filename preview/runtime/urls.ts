/**
 * Addresses as the preview sees them: the emulator's own address (127.0.0.1:3000 in config.ts, or
 * any local port) becomes this page's origin, so one preview works on whatever port the emulator
 * listens; app-relative image paths point at the app's files copied into the build.
 */

const LOCAL = /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?(?=\/|$)/i;

/** Same origin when the preview is served by the emulator (http://127.0.0.1:<port>/preview/). */
export function toEmulator(url: string): string {
  if (typeof location === 'undefined' || !/^https?:$/.test(location.protocol)) return url;
  return url.replace(LOCAL, location.origin);
}

export function appBase(): string {
  return new URL('app/', document.baseURI).pathname.replace(/\/$/, '');
}

export function resolveFrom(from: string, relative: string): string {
  const parts = from.split('/');
  parts.pop();
  for (const seg of relative.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/**
 * Remote images of the component library, fetched from a CDN in WeChat; the preview shows local
 * stand-ins so it works offline (Vant's van-empty illustrations).
 */
const REMOTE_STAND_INS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^https?:\/\/img\.yzcdn\.cn\/vant\/empty-image-(default|error|search|network)\.png$/i, (m) => `stand-ins/vant-empty-${m[1].toLowerCase()}.svg`],
];

/** An image or media `src` as WeChat resolves it: absolute from the app root, or relative to the file. */
export function resolveAssetUrl(src: string, ownerPath: string): string {
  if (!src) return '';
  if (/^(data|blob|wxfile):/i.test(src)) return src;
  for (const [pattern, local] of REMOTE_STAND_INS) {
    const m = pattern.exec(src);
    if (m) return new URL(local(m), document.baseURI).pathname;
  }
  if (/^https?:\/\//i.test(src)) return toEmulator(src);
  if (src.startsWith('//')) return `${location.protocol}${src}`;
  if (src.startsWith('/')) return `${appBase()}${src}`;
  return `${appBase()}/${resolveFrom(ownerPath, src)}`;
}
