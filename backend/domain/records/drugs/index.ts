/**
 * Medication guidance: monographs by drug code and the interaction table. Written for this
 * project in plain Chinese from general pharmacological knowledge; each entry names the public
 * source type it follows. Information, not advice.
 */
import { cardiovascular } from './cardiovascular';
import { endocrineDigestive } from './endocrine-digestive';
import { airwayInfectionMore } from './airway-infection-more';
import { heartKidneyMore } from './heart-kidney-more';
import { metabolicGutMore } from './metabolic-gut-more';
import { nervesJointsSkin } from './nerves-joints-skin';
import { infectionRespiratoryPain } from './infection-respiratory-pain';
import { INTERACTIONS } from './interactions';
import type { Interaction, Monograph } from './types';

export type { Interaction, Monograph };

export const DISCLAIMER = '以上为用药常识，仅供参考，不能代替医生和药师的建议；请以药品说明书和医嘱为准。';

export const MONOGRAPHS: readonly Monograph[] = [
  ...cardiovascular,
  ...heartKidneyMore,
  ...endocrineDigestive,
  ...metabolicGutMore,
  ...infectionRespiratoryPain,
  ...airwayInfectionMore,
  ...nervesJointsSkin,
];

const byCode = new Map(MONOGRAPHS.map((m) => [m.code, m]));

export function monographOf(code: string): Monograph | null {
  return byCode.get(code) ?? null;
}

const tagsOf = (code: string): string[] => [code, ...(byCode.get(code)?.classes ?? [])];

export interface FoundInteraction {
  codes: [string, string];
  interaction: Interaction;
}

/** Every clinically important pair among these drug codes (each pair once, the first matching row). */
export function interactionsAmong(codes: readonly string[]): FoundInteraction[] {
  const unique = [...new Set(codes)];
  const found: FoundInteraction[] = [];
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length; j++) {
      const [x, y] = [tagsOf(unique[i]), tagsOf(unique[j])];
      const row = INTERACTIONS.find((r) => (x.includes(r.a) && y.includes(r.b)) || (x.includes(r.b) && y.includes(r.a)));
      if (row) found.push({ codes: [unique[i], unique[j]], interaction: row });
    }
  }
  return found;
}
