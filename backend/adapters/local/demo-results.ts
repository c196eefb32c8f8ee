/**
 * Results the demo HIS gives a visit's tests: deterministic from the visit and the test (the same
 * visit always gets the same result), mostly within range, a share abnormal and a small share
 * critical; a diagnosis naming a critical condition (高钾, 气胸) gets that critical value.
 */
import { createHash } from 'node:crypto';
import type { HisObservation, Interpretation } from '../../domain/records/his-report';
import type { Analyte, LabPanel, Sex } from './demo-lab-panels';
import type { ImagingExam, ImagingReading } from './demo-imaging';

/** The share of critical results among tests that have critical limits. */
const CRITICAL_SHARE = 0.015;

/** A number in [0, 1) from a seed and a draw number. */
export function draw(seed: string, n: number): number {
  return parseInt(createHash('sha256').update(`${seed}|${n}`).digest('hex').slice(0, 8), 16) / 0x1_0000_0000;
}

/** Values forced by the diagnosis: analyte code → value. */
const FORCED: Array<{ word: string; analyte: string; value: number }> = [{ word: '高钾', analyte: 'K', value: 6.87 }];

function interpret(value: number, [low, high]: [number, number], critical: [number, number] | null): Interpretation {
  if (critical && value < critical[0]) return 'LL';
  if (critical && value > critical[1]) return 'HH';
  if (value < low) return 'L';
  return value > high ? 'H' : 'N';
}

/** A value: forced by the diagnosis, critical, abnormal (between the range and the critical limits), or within the range. */
function valueOf(analyte: Analyte, range: [number, number], share: number, seed: string, diagnosis: string): number {
  const forced = FORCED.find((f) => f.analyte === analyte.code && diagnosis.includes(f.word));
  if (forced) return forced.value;
  const [low, high] = range;
  const u = draw(seed, 0);
  if (share > 0 && analyte.critical && u < CRITICAL_SHARE) return draw(seed, 1) < 0.5 ? analyte.critical[0] * 0.85 : analyte.critical[1] * 1.1;
  if (u < share) {
    const t = 0.1 + 0.8 * draw(seed, 2);
    const above = analyte.critical ? high + (analyte.critical[1] - high) * t : high * (1.05 + 0.3 * t);
    const below = analyte.critical ? low - (low - analyte.critical[0]) * t : low * (0.95 - 0.15 * t);
    return draw(seed, 1) < 0.75 ? above : below;
  }
  return low + (high - low) * (0.1 + 0.8 * draw(seed, 2));
}

export function labItems(panel: LabPanel, seed: string, sex: Sex, age: number, diagnosis: string): HisObservation[] {
  const numeric = panel.analytes.map((analyte): HisObservation => {
    const range = analyte.range(sex, age);
    const value = Number(valueOf(analyte, range, panel.abnormalShare, `${seed}|${analyte.code}`, diagnosis).toFixed(analyte.decimals));
    return {
      code: analyte.code,
      name: analyte.name,
      value: value.toFixed(analyte.decimals),
      unit: analyte.unit,
      range: `${range[0].toFixed(analyte.decimals)}-${range[1].toFixed(analyte.decimals)}`,
      interpretation: interpret(value, range, analyte.critical),
    };
  });
  const qualitative = panel.qualitative.map((t): HisObservation => {
    const abnormal = draw(`${seed}|${t.code}`, 0) < panel.abnormalShare;
    return { code: t.code, name: t.name, value: abnormal ? t.abnormal : t.normal, unit: '', range: t.normal, interpretation: abnormal ? 'H' : 'N' };
  });
  return [...numeric, ...qualitative];
}

export function imagingReading(exam: ImagingExam, seed: string, diagnosis: string): ImagingReading {
  if (diagnosis.includes('气胸') && exam.critical.impression.includes('气胸')) return exam.critical;
  const u = draw(seed, 0);
  if (u < CRITICAL_SHARE) return exam.critical;
  if (u < 0.3) return exam.abnormal[Math.floor(draw(seed, 1) * exam.abnormal.length)];
  return exam.normal;
}
