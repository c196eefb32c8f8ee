/**
 * A simple line chart of one item across visits, drawn as SVG (shown through an <image> data
 * URI, which the mini program renders without canvas): the reference band, the line, a dot per
 * result (red outside the range) and the dates. The points are kept for the page and its tests.
 */
import type { TrendView } from '../../shared/dto/records';

export const CHART = { width: 640, height: 320, left: 56, right: 24, top: 24, bottom: 56 } as const;

export interface ChartPoint {
  x: number;
  y: number;
  date: string;
  value: number;
  flag: string;
}

export interface TrendChart {
  title: string;
  points: ChartPoint[];
  band: { y1: number; y2: number } | null;
  uri: string;
}

const round = (n: number): number => Math.round(n * 10) / 10;

export function trendChart(t: TrendView): TrendChart {
  const values = t.points.map((p) => p.value);
  const bounds = [...values, ...(t.low !== null ? [t.low] : []), ...(t.high !== null ? [t.high] : [])];
  const min = Math.min(...bounds);
  const max = Math.max(...bounds);
  const pad = (max - min) * 0.1 || 1;
  const [lo, hi] = [min - pad, max + pad];
  const plotW = CHART.width - CHART.left - CHART.right;
  const plotH = CHART.height - CHART.top - CHART.bottom;
  const yOf = (v: number): number => round(CHART.top + ((hi - v) / (hi - lo)) * plotH);
  const step = t.points.length > 1 ? plotW / (t.points.length - 1) : 0;
  const points = t.points.map((p, i) => ({
    x: round(CHART.left + (t.points.length > 1 ? i * step : plotW / 2)),
    y: yOf(p.value),
    date: p.date,
    value: p.value,
    flag: p.flag,
  }));
  const band = t.low !== null && t.high !== null ? { y1: yOf(t.high), y2: yOf(t.low) } : null;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART.width}" height="${CHART.height}" viewBox="0 0 ${CHART.width} ${CHART.height}">`,
    band ? `<rect x="${CHART.left}" y="${band.y1}" width="${plotW}" height="${round(band.y2 - band.y1)}" fill="#e8f3ec"/>` : '',
    `<polyline fill="none" stroke="#0b6bcb" stroke-width="4" points="${points.map((p) => `${p.x},${p.y}`).join(' ')}"/>`,
    ...points.map((p) => `<circle cx="${p.x}" cy="${p.y}" r="8" fill="${p.flag ? '#c62828' : '#0b6bcb'}"/>`),
    ...points.map((p) => `<text x="${p.x}" y="${CHART.height - 20}" font-size="20" text-anchor="middle" fill="#4e5459">${p.date.slice(2, 7)}</text>`),
    `</svg>`,
  ];
  return { title: `${t.name}（${t.unit}） 参考范围 ${t.range}`, points, band, uri: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(parts.join(''))}` };
}
