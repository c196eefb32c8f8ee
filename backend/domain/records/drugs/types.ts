/** A drug monograph (用药指导) and a drug interaction, as the data files write them. */

/** The public source type an entry was written from. */
export type MonographSource = '国家基本药物目录' | '药品说明书';

export interface Monograph {
  /** The demo HIS's code for the drug (DRUG-…). */
  code: string;
  /** Generic name (通用名). */
  name: string;
  category: string;
  /** Classes for the interaction table, e.g. 'nsaid', 'ace-inhibitor'. */
  classes: string[];
  uses: string;
  howToTake: string;
  avoid: string[];
  sideEffects: string[];
  seeDoctorAtOnce: string[];
  storage: string;
  pregnancy: string;
  breastfeeding: string;
  children: string;
  elderly: string;
  source: MonographSource;
}

export interface Interaction {
  /** A drug code or a class on each side. */
  a: string;
  b: string;
  severity: 'major' | 'moderate';
  effect: string;
  advice: string;
}

export interface MonographText {
  uses: string;
  how: string;
  avoid: string[];
  side: string[];
  urgent: string[];
  storage: string;
  pregnancy: string;
  breastfeeding: string;
  children: string;
  elderly: string;
}

export function monograph(code: string, name: string, category: string, classes: string[], source: MonographSource, t: MonographText): Monograph {
  return {
    code,
    name,
    category,
    classes,
    uses: t.uses,
    howToTake: t.how,
    avoid: t.avoid,
    sideEffects: t.side,
    seeDoctorAtOnce: t.urgent,
    storage: t.storage,
    pregnancy: t.pregnancy,
    breastfeeding: t.breastfeeding,
    children: t.children,
    elderly: t.elderly,
    source,
  };
}

/** Storage most tablets share. */
export const ROOM = '密封，在阴凉干燥处（不超过25℃）保存，放在儿童拿不到的地方。';
