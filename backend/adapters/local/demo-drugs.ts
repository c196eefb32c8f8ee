/**
 * How the demo HIS writes each drug of its catalogue on a prescription: dose, frequency, route,
 * pack size, and the kind of prescription it goes on. Codes are the monographs' codes
 * (backend/domain/records/drugs). Fictional prescribing written for this project.
 */
import type { Frequency, Route } from '../../domain/records/frequency';
import type { PrescriptionType } from '../../domain/records/prescription-rules';

export interface DemoDrug {
  drug: string;
  spec: string;
  dose: string;
  unitsPerTake: number;
  frequency: Frequency;
  route: Route;
  packUnit: string;
  unitsPerPack: number;
  notes: string;
  type: PrescriptionType;
}

const d = (
  drug: string,
  spec: string,
  dose: string,
  unitsPerTake: number,
  frequency: Frequency,
  route: Route,
  packUnit: string,
  unitsPerPack: number,
  notes: string,
  type: PrescriptionType,
): DemoDrug => ({ drug, spec, dose, unitsPerTake, frequency, route, packUnit, unitsPerPack, notes, type });

export const DEMO_DRUGS: Record<string, DemoDrug> = {
  'DRUG-IBU': d('布洛芬缓释胶囊', '0.3g×20粒', '0.3g（1粒）', 1, 'bid', 'po', '盒', 20, '发热或疼痛时服用，饭后', 'normal'),
  'DRUG-AML': d('苯磺酸氨氯地平片', '5mg×28片', '5mg（1片）', 1, 'qd', 'po', '盒', 28, '每天同一时间服用', 'long_term'),
  'DRUG-OME': d('奥美拉唑肠溶胶囊', '20mg×14粒', '20mg（1粒）', 1, 'qd', 'po', '盒', 14, '早餐前半小时整粒吞服', 'long_term'),
  'DRUG-AMB': d('盐酸氨溴索口服溶液', '100ml', '10ml', 10, 'tid', 'po', '瓶', 100, '饭后服用', 'normal'),
  'DRUG-MET': d('盐酸二甲双胍片', '0.5g×48片', '0.5g（1片）', 1, 'tid', 'po', '盒', 48, '随餐服用', 'long_term'),
  'DRUG-ATO': d('阿托伐他汀钙片', '20mg×28片', '20mg（1片）', 1, 'qn', 'po', '盒', 28, '睡前服用', 'chronic_stable'),
  'DRUG-ASP': d('阿司匹林肠溶片', '100mg×30片', '100mg（1片）', 1, 'qd', 'po', '盒', 30, '空腹整片吞服', 'chronic_stable'),
  'DRUG-LEV': d('左甲状腺素钠片', '50μg×100片', '50μg（1片）', 1, 'qd', 'po', '盒', 100, '早餐前半小时空腹服用', 'chronic_stable'),
  'DRUG-SPI': d('螺内酯片', '20mg×100片', '20mg（1片）', 1, 'qd', 'po', '盒', 100, '早晨服用', 'long_term'),
  'DRUG-TIO': d('噻托溴铵吸入粉雾剂', '18μg×30粒', '18μg（1粒）', 1, 'qd', 'inh', '盒', 30, '每天同一时间吸入，吸后漱口', 'long_term'),
  'DRUG-NAC': d('乙酰半胱氨酸泡腾片', '0.6g×10片', '0.6g（1片）', 1, 'qd', 'po', '盒', 10, '溶于温水后服用', 'long_term'),
  'DRUG-ENA': d('马来酸依那普利片', '10mg×16片', '10mg（1片）', 1, 'qd', 'po', '盒', 16, '每天同一时间服用', 'long_term'),
};
