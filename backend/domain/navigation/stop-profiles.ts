/**
 * What each kind of stop asks of the patient: how long it takes, when its results come out,
 * whether it needs fasting (空腹采血, 腹部超声, 胃镜) or breaks it (喝水憋尿的泌尿系超声, 服药),
 * and which exam an order item is (by its name in the HIS answer, backend/adapters/local/demo-his.ts).
 */
import type { StopKind } from './care-path';

export interface StopProfile {
  kind: StopKind;
  label: string;
  serviceMinutes: number;
  /** Results ready this many minutes after the stop. */
  resultMinutes?: number;
  needsFasting?: boolean;
  breaksFasting?: boolean;
  /** Predicted queue when nothing better is known. */
  defaultWaitMinutes: number;
}

export const examProfiles: Record<string, StopProfile> = {
  ct: { kind: 'ct', label: 'CT检查', serviceMinutes: 10, resultMinutes: 60, defaultWaitMinutes: 15 },
  mri: { kind: 'mri', label: '磁共振检查', serviceMinutes: 30, resultMinutes: 120, defaultWaitMinutes: 20 },
  ultrasound_abdomen: { kind: 'ultrasound', label: '腹部超声', serviceMinutes: 10, resultMinutes: 15, needsFasting: true, defaultWaitMinutes: 15 },
  ultrasound_pelvic: { kind: 'ultrasound', label: '泌尿系及妇科超声', serviceMinutes: 10, resultMinutes: 15, breaksFasting: true, defaultWaitMinutes: 15 },
  gastroscopy: { kind: 'endoscopy', label: '胃镜检查', serviceMinutes: 30, resultMinutes: 30, needsFasting: true, defaultWaitMinutes: 20 },
  ecg: { kind: 'exam', label: '心电图', serviceMinutes: 5, resultMinutes: 10, defaultWaitMinutes: 10 },
  rehab_physio: { kind: 'exam', label: '康复理疗', serviceMinutes: 30, defaultWaitMinutes: 10 },
};

export const stopProfiles: Record<'cashier' | 'blood' | 'pharmacy' | 'visit' | 'revisit', StopProfile> = {
  cashier: { kind: 'cashier', label: '缴费', serviceMinutes: 3, defaultWaitMinutes: 5 },
  blood: { kind: 'blood', label: '采血检验', serviceMinutes: 3, resultMinutes: 90, defaultWaitMinutes: 10 },
  pharmacy: { kind: 'pharmacy', label: '取药', serviceMinutes: 5, breaksFasting: true, defaultWaitMinutes: 8 },
  visit: { kind: 'visit', label: '就诊', serviceMinutes: 10, defaultWaitMinutes: 10 },
  revisit: { kind: 'revisit', label: '回诊（带结果找医生）', serviceMinutes: 5, defaultWaitMinutes: 10 },
};

const FASTING_LAB = /空腹|血糖|血脂|肝功|呼气/;

/** The exam type of an imaging or treatment item, from its name; null when none is known. */
export function examTypeOfItem(name: string): string | null {
  if (/CT/i.test(name)) return 'ct';
  if (/磁共振|MRI/i.test(name)) return 'mri';
  if (/心电图/.test(name)) return 'ecg';
  if (/胃镜|肠镜/.test(name)) return 'gastroscopy';
  if (/(泌尿|妇科|盆腔|膀胱|前列腺|子宫).*(超声|彩超|B超)/.test(name)) return 'ultrasound_pelvic';
  if (/超声|彩超|B超/.test(name)) return 'ultrasound_abdomen';
  if (/理疗|康复/.test(name)) return 'rehab_physio';
  return null;
}

/** Whether a lab test asks for fasting (空腹血糖, 血脂, 肝功能, 呼气试验). */
export const labNeedsFasting = (name: string): boolean => FASTING_LAB.test(name);
