/**
 * The drugs a doctor may prescribe in an online follow-up, with the pack, the price (fen, in the
 * range of Henan's public hospital lists), the usual dosing, the conditions each treats (an
 * adjustment stays within the diagnosis) and the properties the online rules look at: 麻精
 * (narcotic or psychotropic: never prescribed online), injection, glucose-lowering, the hospital's
 * own preparation (院内制剂), cold chain, chemotherapy. Codes are the monographs' codes
 * (backend/domain/records/drugs) where one exists. Fictional prices written for this project. Pure data.
 */
import type { Frequency, Route } from '../records/frequency';

export type Controlled = 'narcotic' | 'psychotropic';

export interface FormularyDrug {
  code: string;
  name: string;
  spec: string;
  packUnit: string;
  unitsPerPack: number;
  unitFen: number;
  dose: string;
  unitsPerTake: number;
  frequency: Frequency;
  route: Route;
  /** Condition codes (backend/domain/online/conditions.ts) the drug is prescribed for. */
  treats: readonly string[];
  controlled?: Controlled;
  injection?: boolean;
  glucoseLowering?: boolean;
  inHouse?: boolean;
  coldChain?: boolean;
  chemo?: boolean;
}

type Extra = Pick<FormularyDrug, 'controlled' | 'injection' | 'glucoseLowering' | 'inHouse' | 'coldChain' | 'chemo'>;

const d = (
  code: string,
  name: string,
  spec: string,
  packUnit: string,
  unitsPerPack: number,
  unitFen: number,
  dose: string,
  unitsPerTake: number,
  frequency: Frequency,
  route: Route,
  treats: string[],
  extra: Extra = {},
): FormularyDrug => ({
  code,
  name,
  spec,
  packUnit,
  unitsPerPack,
  unitFen,
  dose,
  unitsPerTake,
  frequency,
  route,
  treats,
  ...extra,
});

const HEART = ['hypertension', 'coronary', 'hyperlipidaemia'];

export const FORMULARY: readonly FormularyDrug[] = [
  d('DRUG-AML', '苯磺酸氨氯地平片', '5mg×28片', '盒', 28, 1560, '5mg（1片）', 1, 'qd', 'po', ['hypertension', 'coronary']),
  d('DRUG-NIF', '硝苯地平控释片', '30mg×12片', '盒', 12, 2380, '30mg（1片）', 1, 'qd', 'po', ['hypertension']),
  d('DRUG-VAL', '缬沙坦胶囊', '80mg×28粒', '盒', 28, 2650, '80mg（1粒）', 1, 'qd', 'po', ['hypertension', 'ckd']),
  d('DRUG-ENA', '马来酸依那普利片', '10mg×16片', '盒', 16, 860, '10mg（1片）', 1, 'qd', 'po', ['hypertension', 'ckd']),
  d('DRUG-MTP', '酒石酸美托洛尔片', '25mg×20片', '盒', 20, 520, '25mg（1片）', 1, 'bid', 'po', ['hypertension', 'coronary']),
  d('DRUG-ATO', '阿托伐他汀钙片', '20mg×28片', '盒', 28, 3580, '20mg（1片）', 1, 'qn', 'po', HEART),
  d('DRUG-ROS', '瑞舒伐他汀钙片', '10mg×28片', '盒', 28, 3120, '10mg（1片）', 1, 'qn', 'po', HEART),
  d('DRUG-EZE', '依折麦布片', '10mg×10片', '盒', 10, 4200, '10mg（1片）', 1, 'qd', 'po', ['hyperlipidaemia']),
  d('DRUG-ASP', '阿司匹林肠溶片', '100mg×30片', '盒', 30, 1550, '100mg（1片）', 1, 'qd', 'po', ['coronary']),
  d('DRUG-WAR', '华法林钠片', '2.5mg×60片', '瓶', 60, 1890, '2.5mg（1片）', 1, 'qd', 'po', ['coronary']),
  d('DRUG-DIG', '地高辛片', '0.25mg×30片', '瓶', 30, 680, '0.125mg（半片）', 0.5, 'qd', 'po', ['coronary']),
  d('DRUG-AMI', '盐酸胺碘酮片', '0.2g×10片', '盒', 10, 1850, '0.2g（1片）', 1, 'qd', 'po', ['coronary']),
  d('DRUG-MET', '盐酸二甲双胍片', '0.5g×48片', '盒', 48, 1320, '0.5g（1片）', 1, 'tid', 'po', ['diabetes']),
  d('DRUG-GLM', '格列美脲片', '2mg×15片', '盒', 15, 2260, '2mg（1片）', 1, 'qd', 'po', ['diabetes']),
  d('DRUG-ACA', '阿卡波糖片', '50mg×30片', '盒', 30, 3680, '50mg（1片）', 1, 'tid', 'po', ['diabetes']),
  d('DRUG-INS-G', '甘精胰岛素注射液', '3ml:300单位', '支', 1, 17800, '10单位', 10, 'qd', 'sc', ['diabetes'], {
    injection: true,
    glucoseLowering: true,
    coldChain: true,
  }),
  d('DRUG-LIR', '利拉鲁肽注射液', '3ml:18mg', '支', 1, 41000, '1.2mg', 1.2, 'qd', 'sc', ['diabetes'], {
    injection: true,
    glucoseLowering: true,
    coldChain: true,
  }),
  d('DRUG-TIO', '噻托溴铵吸入粉雾剂', '18μg×30粒', '盒', 30, 9800, '18μg（1粒）', 1, 'qd', 'inh', ['copd']),
  d('DRUG-SFC', '沙美特罗替卡松吸入粉雾剂', '50/250μg×60吸', '盒', 60, 16800, '1吸', 1, 'bid', 'inh', ['copd', 'asthma']),
  d('DRUG-BUD', '布地奈德吸入粉雾剂', '0.1mg×200吸', '支', 200, 8500, '0.2mg（2吸）', 2, 'bid', 'inh', ['asthma', 'copd']),
  d('DRUG-SAL', '硫酸沙丁胺醇吸入气雾剂', '100μg×200揿', '支', 200, 2600, '100–200μg（1–2揿）', 2, 'prn', 'inh', ['asthma', 'copd']),
  d('DRUG-NAC', '乙酰半胱氨酸泡腾片', '0.6g×10片', '盒', 10, 3200, '0.6g（1片）', 1, 'qd', 'po', ['copd']),
  d('PREP-ZKHJ', '止咳化痰合剂（院内制剂）', '150ml', '瓶', 150, 1200, '10ml', 10, 'tid', 'po', ['copd', 'uri'], { inHouse: true }),
  d('DRUG-LEV', '左甲状腺素钠片', '50μg×100片', '盒', 100, 2590, '50μg（1片）', 1, 'qd', 'po', ['hypothyroidism']),
  d('DRUG-OME', '奥美拉唑肠溶胶囊', '20mg×14粒', '盒', 14, 980, '20mg（1粒）', 1, 'qd', 'po', ['gastritis']),
  d('DRUG-MOS', '枸橼酸莫沙必利片', '5mg×24片', '盒', 24, 2150, '5mg（1片）', 1, 'tid', 'po', ['gastritis']),
  d('DRUG-SPI', '螺内酯片', '20mg×100片', '瓶', 100, 650, '20mg（1片）', 1, 'qd', 'po', ['ckd', 'hypertension']),
  d('DRUG-LI', '碳酸锂缓释片', '0.3g×60片', '瓶', 60, 2100, '0.3g（1片）', 1, 'bid', 'po', []),
  d('DRUG-MTX', '甲氨蝶呤片', '2.5mg×16片', '瓶', 16, 2400, '7.5mg（3片）', 3, 'qw', 'po', [], { chemo: true }),
  d('DRUG-EST', '艾司唑仑片', '1mg×20片', '盒', 20, 420, '1mg（1片）', 1, 'qn', 'po', [], { controlled: 'psychotropic' }),
  d('DRUG-ZOL', '酒石酸唑吡坦片', '10mg×7片', '盒', 7, 3650, '10mg（1片）', 1, 'qn', 'po', [], { controlled: 'psychotropic' }),
  d('DRUG-TRA', '盐酸曲马多缓释片', '0.1g×10片', '盒', 10, 1980, '0.1g（1片）', 1, 'q12h', 'po', [], { controlled: 'psychotropic' }),
  d('DRUG-IBU', '布洛芬缓释胶囊', '0.3g×20粒', '盒', 20, 1280, '0.3g（1粒）', 1, 'bid', 'po', ['uri']),
];

const byCode = new Map(FORMULARY.map((x) => [x.code, x]));

export function formularyDrug(code: string): FormularyDrug | null {
  return byCode.get(code) ?? null;
}
