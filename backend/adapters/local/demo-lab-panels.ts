/**
 * The demo HIS's laboratory catalogue: panels by test code, each analyte with its unit, reference
 * range by sex and age, and critical limits (危急值) where the hospital has them. Ranges follow
 * the usual adult ranges of Chinese laboratory practice (WS/T 404 series where it has them).
 * Fictional catalogue written for this project, not a hospital's validated ranges.
 */
export type Sex = 'male' | 'female' | '';

export interface Analyte {
  code: string;
  name: string;
  unit: string;
  decimals: number;
  range(sex: Sex, age: number): [number, number];
  /** Below the first or above the second is a critical value; null: none. */
  critical: [number, number] | null;
}

export interface QualitativeAnalyte {
  code: string;
  name: string;
  normal: string;
  abnormal: string;
}

export interface LabPanel {
  title: string;
  sampleType: string;
  turnaroundMinutes: number;
  analytes: Analyte[];
  qualitative: QualitativeAnalyte[];
  /** The share of results outside the range; 0 for tests the demo never makes positive. */
  abnormalShare: number;
}

const a = (code: string, name: string, unit: string, decimals: number, range: Analyte['range'], critical: Analyte['critical'] = null): Analyte => ({
  code,
  name,
  unit,
  decimals,
  range,
  critical,
});
const fixed = (low: number, high: number) => (): [number, number] => [low, high];
const bySex =
  (male: [number, number], female: [number, number]) =>
  (sex: Sex): [number, number] =>
    sex === 'female' ? female : male;
const q = (code: string, name: string, normal = '阴性', abnormal = '阳性'): QualitativeAnalyte => ({ code, name, normal, abnormal });

const ROUTINE = 30;
const BIOCHEMISTRY = 240;

export const LAB_PANELS: Record<string, LabPanel> = {
  'LAB-CBC': {
    title: '血常规（五分类）',
    sampleType: '静脉血',
    turnaroundMinutes: ROUTINE,
    abnormalShare: 0.15,
    qualitative: [],
    analytes: [
      a('WBC', '白细胞计数', '×10^9/L', 2, (_s, age) => (age < 14 ? [4.3, 11.3] : [3.5, 9.5]), [1.5, 30]),
      a('NEUT-PCT', '中性粒细胞百分比', '%', 1, fixed(40, 75)),
      a('RBC', '红细胞计数', '×10^12/L', 2, bySex([4.3, 5.8], [3.8, 5.1])),
      a('HGB', '血红蛋白', 'g/L', 0, (s, age) => (age < 14 ? [110, 160] : s === 'female' ? [115, 150] : [130, 175]), [50, 200]),
      a('PLT', '血小板计数', '×10^9/L', 0, fixed(125, 350), [30, 1000]),
    ],
  },
  'LAB-CRP': {
    title: 'C反应蛋白',
    sampleType: '静脉血',
    turnaroundMinutes: ROUTINE,
    abnormalShare: 0.2,
    qualitative: [],
    analytes: [a('CRP', 'C反应蛋白', 'mg/L', 1, fixed(0, 10))],
  },
  'LAB-UA': {
    title: '尿常规',
    sampleType: '尿液',
    turnaroundMinutes: ROUTINE,
    abnormalShare: 0.1,
    qualitative: [q('PRO', '尿蛋白', '阴性', '+'), q('GLU-U', '尿糖', '阴性', '+'), q('BLD', '隐血', '阴性', '+'), q('LEU', '白细胞酯酶', '阴性', '+')],
    analytes: [a('SG', '比重', '', 3, fixed(1.003, 1.03)), a('PH', '酸碱度', '', 1, fixed(4.5, 8))],
  },
  'LAB-GLU': {
    title: '空腹血糖',
    sampleType: '静脉血',
    turnaroundMinutes: 120,
    abnormalShare: 0.2,
    qualitative: [],
    analytes: [a('GLU', '葡萄糖', 'mmol/L', 2, fixed(3.9, 6.1), [2.8, 22.2])],
  },
  'LAB-HBA1C': {
    title: '糖化血红蛋白',
    sampleType: '静脉血',
    turnaroundMinutes: BIOCHEMISTRY,
    abnormalShare: 0.3,
    qualitative: [],
    analytes: [a('HBA1C', '糖化血红蛋白', '%', 1, fixed(4, 6))],
  },
  'LAB-LIPID': {
    title: '血脂四项',
    sampleType: '静脉血',
    turnaroundMinutes: BIOCHEMISTRY,
    abnormalShare: 0.2,
    qualitative: [],
    analytes: [
      a('TC', '总胆固醇', 'mmol/L', 2, fixed(2.8, 5.2)),
      a('TG', '甘油三酯', 'mmol/L', 2, fixed(0.45, 1.7)),
      a('HDL', '高密度脂蛋白胆固醇', 'mmol/L', 2, fixed(1.04, 2.2)),
      a('LDL', '低密度脂蛋白胆固醇', 'mmol/L', 2, fixed(1.5, 3.4)),
    ],
  },
  'LAB-LFT': {
    title: '肝功能',
    sampleType: '静脉血',
    turnaroundMinutes: BIOCHEMISTRY,
    abnormalShare: 0.12,
    qualitative: [],
    analytes: [
      a('ALT', '丙氨酸氨基转移酶', 'U/L', 0, bySex([9, 50], [7, 40])),
      a('AST', '天门冬氨酸氨基转移酶', 'U/L', 0, bySex([15, 40], [13, 35])),
      a('TBIL', '总胆红素', 'μmol/L', 1, fixed(3.4, 21)),
      a('ALB', '白蛋白', 'g/L', 1, fixed(40, 55)),
    ],
  },
  'LAB-RFT': {
    title: '肾功能+电解质',
    sampleType: '静脉血',
    turnaroundMinutes: BIOCHEMISTRY,
    abnormalShare: 0.12,
    qualitative: [],
    analytes: [
      a('CREA', '肌酐', 'μmol/L', 0, (s, age) => (s === 'female' ? [41, 81] : age >= 60 ? [59, 104] : [57, 111])),
      a('UREA', '尿素', 'mmol/L', 2, fixed(3.1, 8)),
      a('UA', '尿酸', 'μmol/L', 0, bySex([208, 428], [155, 357])),
      a('K', '钾', 'mmol/L', 2, fixed(3.5, 5.3), [2.8, 6.2]),
      a('NA', '钠', 'mmol/L', 1, fixed(137, 147), [120, 160]),
    ],
  },
  'LAB-THY': {
    title: '甲状腺功能三项',
    sampleType: '静脉血',
    turnaroundMinutes: 360,
    abnormalShare: 0.12,
    qualitative: [],
    analytes: [
      a('FT3', '游离三碘甲状腺原氨酸', 'pmol/L', 2, fixed(3.1, 6.8)),
      a('FT4', '游离甲状腺素', 'pmol/L', 2, fixed(12, 22)),
      a('TSH', '促甲状腺激素', 'mIU/L', 3, fixed(0.27, 4.2)),
    ],
  },
  'LAB-UBT': {
    title: '碳13尿素呼气试验',
    sampleType: '呼气',
    turnaroundMinutes: 60,
    abnormalShare: 0.3,
    qualitative: [],
    analytes: [a('DOB', '超基准值（DOB）', '‰', 1, fixed(0, 4))],
  },
  'LAB-HIV': {
    title: 'HIV抗体筛查',
    sampleType: '静脉血',
    turnaroundMinutes: BIOCHEMISTRY,
    abnormalShare: 0,
    qualitative: [q('HIV-AB', 'HIV抗体（初筛）')],
    analytes: [],
  },
  'LAB-TP': {
    title: '梅毒螺旋体抗体',
    sampleType: '静脉血',
    turnaroundMinutes: BIOCHEMISTRY,
    abnormalShare: 0,
    qualitative: [q('TP-AB', '梅毒螺旋体特异性抗体')],
    analytes: [],
  },
  'LAB-HCG': {
    title: '血HCG（妊娠）',
    sampleType: '静脉血',
    turnaroundMinutes: 120,
    abnormalShare: 0,
    qualitative: [],
    analytes: [a('HCG', '人绒毛膜促性腺激素', 'mIU/mL', 1, fixed(0, 5))],
  },
};
