/**
 * The body map drawing, authored for this project: a plain figure of a person from the front (with
 * a face) and from the back (hair, spine, shoulder blades), each zone its own shape so the chosen
 * one can be filled. It is an SVG shown as a base64 data URI in an <image> (WeChat's image renders
 * SVG without <style> elements or percent units, which this drawing avoids). ASCII only.
 */
import { VIEW_HEIGHT, VIEW_WIDTH, zonesBySide, type Side } from './body-map';

const SKIN = '#e3edf7';
const OUTLINE = '#6f86a0';
const CHOSEN = '#7fb3e6';
const CHOSEN_OUTLINE = '#0b6bcb';
const DETAIL = '#51647a';
const HAIR = '#8d9db0';

const shape = (d: string, fill: string, stroke: string): string =>
  `<path d="${d}" fill="${fill}" stroke="${stroke}" stroke-width="1.6" stroke-linejoin="round"/>`;
const line = (d: string, width = 1.4): string => `<path d="${d}" fill="none" stroke="${DETAIL}" stroke-width="${width}" stroke-linecap="round"/>`;
const dot = (cx: number, cy: number, rx: number, ry: number): string => `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${DETAIL}"/>`;

const FACE = [
  line('M85 31Q90 28 95 31'),
  line('M105 31Q110 28 115 31'),
  dot(90, 38, 3.5, 2.3),
  dot(110, 38, 3.5, 2.3),
  line('M100 41L97 51L103 51'),
  line('M92 58Q100 63 108 58', 1.8),
  line('M100 108L100 150', 1),
  line('M70 124Q84 134 97 127', 1),
  line('M130 124Q116 134 103 127', 1),
  dot(100, 190, 2, 2),
].join('');

const BACK_DETAILS = [
  `<path d="M75 40A25 31 0 0 1 125 40L125 52Q100 62 75 52Z" fill="${HAIR}"/>`,
  line('M100 96L100 212', 1.2),
  line('M70 112Q76 134 92 128', 1),
  line('M130 112Q124 134 108 128', 1),
  line('M100 222L100 252', 1.2),
].join('');

/** The SVG source of one side, with the zone `chosen` filled (or none). */
export function bodySvg(side: Side, chosen: string | null): string {
  const zones = zonesBySide[side]
    .map((z) => z.parts.map((d) => (z.id === chosen ? shape(d, CHOSEN, CHOSEN_OUTLINE) : shape(d, SKIN, OUTLINE))).join(''))
    .join('');
  const details = side === 'front' ? FACE : BACK_DETAILS;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}" width="${VIEW_WIDTH}" height="${VIEW_HEIGHT}">${zones}${details}</svg>`;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of an ASCII string (the mini program's JavaScript has no btoa). */
export function base64Ascii(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const a = text.charCodeAt(i);
    const b = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    const c = i + 2 < text.length ? text.charCodeAt(i + 2) : 0;
    if (a > 127 || b > 127 || c > 127) throw new Error('base64Ascii: not ASCII');
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < text.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < text.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

const uris = new Map<string, string>();

/** The drawing as a data URI for <image src>, built once per side and chosen zone. */
export function bodyMapSrc(side: Side, chosen: string | null): string {
  const key = `${side}:${chosen ?? ''}`;
  const known = uris.get(key);
  if (known) return known;
  const uri = `data:image/svg+xml;base64,${base64Ascii(bodySvg(side, chosen))}`;
  uris.set(key, uri);
  return uri;
}
