/**
 * How well the queue's P50–P90 range (backend/domain/queue/eta.ts) covers simulated waits: a doctor
 * whose consultations take 8 ± 3 minutes (normal, at least 1), a rolling history of 50 of them, and
 * for k patients ahead many simulated waits (the sum of k fresh durations). A good P90 has about 90 %
 * of the waits under it, and a good P50 about half.
 */
import { durationStats, etaForSession } from '../../backend/domain/queue/eta';

/** A small seeded generator (mulberry32), so every run gives the same figures. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function durations(random: () => number, mean: number, sd: number): () => number {
  return () => {
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Math.max(1, mean + sd * z);
  };
}

export interface Coverage {
  ahead: number;
  p50: number;
  p90: number;
  underP50: number;
  underP90: number;
}

export function etaCoverage(trials = 20_000, aheads: readonly number[] = [1, 2, 3, 5, 8, 12], seed = 20261208): Coverage[] {
  const next = durations(seeded(seed), 8, 3);
  const history = Array.from({ length: 50 }, next);
  const stats = durationStats(history, []);
  return aheads.map((ahead) => {
    const eta = etaForSession(ahead, stats);
    let under50 = 0;
    let under90 = 0;
    for (let t = 0; t < trials; t++) {
      let wait = 0;
      for (let i = 0; i < ahead; i++) wait += next();
      if (wait <= eta.p50) under50++;
      if (wait <= eta.p90) under90++;
    }
    return { ahead, p50: eta.p50, p90: eta.p90, underP50: under50 / trials, underP90: under90 / trials };
  });
}

export function etaCoverageLines(trials = 20_000): string[] {
  const rows = etaCoverage(trials);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  return [
    `doctor 8 ± 3 min, 50 recent consultations; ${trials} simulated waits per row`,
    ...rows.map((r) => `${String(r.ahead).padStart(2)} ahead: P50–P90 ${r.p50}–${r.p90} min; waits under P50 ${pct(r.underP50)}, under P90 ${pct(r.underP90)}`),
    `mean coverage of P90: ${pct(rows.reduce((s, r) => s + r.underP90, 0) / rows.length)}`,
  ];
}
