/**
 * The expected wait as a range, P50–P90, from recent consultation durations: the doctor's own for
 * this session type when there are enough, else the department's, else a default. The wait for k
 * patients ahead is the sum of k durations: for one, the recent durations' own quantiles; for more,
 * the normal approximation of the sum (mean k·μ, spread √k·σ). Pure; the navigation care path uses
 * `etaForSession` too.
 */
import type { Eta } from '../../../miniprogram/shared/dto/queue';
import type { DurationStats } from './docs';

/** Fewer recent consultations than this and the source is not trusted alone. */
export const MIN_SAMPLES = 10;
/** How many recent consultations count. */
export const ROLLING = 50;
export const DEFAULT_STATS: DurationStats = { mean: 10, sd: 4, recent: [], samples: 0, source: 'default' };

const Z90 = 1.2816;

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function statsOf(minutes: readonly number[], source: DurationStats['source']): DurationStats {
  const recent = minutes.slice(0, ROLLING).filter((m) => Number.isFinite(m) && m > 0);
  const n = recent.length;
  const mean = recent.reduce((s, m) => s + m, 0) / n;
  const variance = n > 1 ? recent.reduce((s, m) => s + (m - mean) ** 2, 0) / (n - 1) : 0;
  return { mean, sd: Math.sqrt(variance), recent: [...recent].sort((a, b) => a - b), samples: n, source };
}

/**
 * Stats from the doctor's recent durations (newest first, this session type), falling back to the
 * department's, then to the default.
 */
export function durationStats(doctorMinutes: readonly number[], departmentMinutes: readonly number[]): DurationStats {
  if (doctorMinutes.length >= MIN_SAMPLES) return statsOf(doctorMinutes, 'doctor');
  if (departmentMinutes.length >= MIN_SAMPLES) return statsOf(departmentMinutes, 'department');
  return DEFAULT_STATS;
}

/** A doctor's clinic, or an exam room (CT, ultrasound …), whose exams differ too much in length for any range to be sure. */
export type RoomKind = 'clinic' | 'exam';

/** The wait, in whole minutes, of a patient with `ahead` patients to be seen before them; always uncertain in an exam room. */
export function etaForSession(ahead: number, stats: DurationStats, room: RoomKind = 'clinic'): Eta {
  const uncertain = room === 'exam' || stats.source !== 'doctor' || stats.samples < MIN_SAMPLES;
  if (ahead <= 0) return { p50: 0, p90: 0, uncertain };
  if (ahead === 1 && stats.recent.length >= MIN_SAMPLES) {
    return { p50: Math.round(quantile(stats.recent, 0.5)), p90: Math.ceil(quantile(stats.recent, 0.9)), uncertain };
  }
  const p50 = ahead * stats.mean;
  const p90 = p50 + Z90 * stats.sd * Math.sqrt(ahead);
  return { p50: Math.round(p50), p90: Math.ceil(p90), uncertain };
}

/** '约 16–27 分钟（就诊记录较少，仅供参考）', '约 20–35 分钟（检查用时因人而异，仅供参考）', '即将轮到您'. */
export function etaText(eta: Eta, room: RoomKind = 'clinic'): string {
  if (eta.p90 <= 0) return '即将轮到您';
  const range = eta.p50 === eta.p90 ? `约 ${eta.p50} 分钟` : `约 ${eta.p50}–${eta.p90} 分钟`;
  if (!eta.uncertain) return range;
  return room === 'exam' ? `${range}（检查用时因人而异，仅供参考）` : `${range}（就诊记录较少，仅供参考）`;
}

/** The kind of room a session's queue is for. */
export const roomOf = (s: { ownerType?: string }): RoomKind => (s.ownerType === 'resource' ? 'exam' : 'clinic');
