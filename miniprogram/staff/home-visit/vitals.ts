/** The vitals form: text fields → numbers, or the first field out of its range. */
export interface VitalsInput {
  temperature: string;
  pulse: string;
  systolic: string;
  diastolic: string;
  spo2: string;
}

export type Vitals = { temperature: number; pulse: number; systolic: number; diastolic: number; spo2: number };

const ranges: Array<[keyof VitalsInput, string, number, number]> = [
  ['temperature', '体温', 34, 43],
  ['pulse', '脉搏', 20, 250],
  ['systolic', '收缩压', 50, 260],
  ['diastolic', '舒张压', 30, 160],
  ['spo2', '血氧', 50, 100],
];

export function parseVitals(v: VitalsInput): { vitals: Vitals } | { error: string } {
  const out: Vitals = { temperature: 0, pulse: 0, systolic: 0, diastolic: 0, spo2: 0 };
  for (const [key, label, min, max] of ranges) {
    const n = Number(v[key]);
    if (v[key].trim() === '' || !Number.isFinite(n) || n < min || n > max) return { error: `请填写${label}（${min}–${max}）` };
    out[key] = key === 'temperature' ? Math.round(n * 10) / 10 : Math.round(n);
  }
  return { vitals: out };
}
