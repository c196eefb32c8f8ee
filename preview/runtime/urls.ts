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

/** An image or media `src` as WeChat resolves it: absolute from the app root, or relative to the file. */
export function resolveAssetUrl(src: string, ownerPath: string): string {
  if (!src) return '';
  if (/^(data|blob|wxfile):/i.test(src)) return src;
  if (/^https?:\/\//i.test(src)) return toEmulator(src);
  if (src.startsWith('//')) return `${location.protocol}${src}`;
  if (src.startsWith('/')) return `${appBase()}${src}`;
  return `${appBase()}/${resolveFrom(ownerPath, src)}`;
}
